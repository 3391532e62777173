package be.interfederal.cycle.strategy.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {
  List<PlanAction> findByPlanIdOrderByPosition(Long planId);
}
