package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionProgressRepository extends JpaRepository<ActionProgress, Long> {
  Optional<ActionProgress> findByRoundIdAndPlanKindAndPosition(Long roundId, ActionPlanKind planKind, int position);

  List<ActionProgress> findByRoundIdOrderByPlanKindAscPositionAsc(Long roundId);
}
