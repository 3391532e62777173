package be.interfederal.cycle.strategy.actionplan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {
  Optional<ActionPlan> findByCycleKeyAndKind(String cycleKey, ActionPlanKind kind);
}
