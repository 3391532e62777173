package be.interfederal.cycle.strategy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleObjectiveRepository extends JpaRepository<CycleObjective, Long> {
  List<CycleObjective> findByCycleKeyOrderByNumber(String cycleKey);
  Optional<CycleObjective> findByCycleKeyAndNumber(String cycleKey, int number);
}
