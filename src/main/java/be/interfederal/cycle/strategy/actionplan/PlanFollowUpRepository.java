package be.interfederal.cycle.strategy.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanFollowUpRepository extends JpaRepository<PlanFollowUp, Long> {
  List<PlanFollowUp> findByPlanId(Long planId);
}
