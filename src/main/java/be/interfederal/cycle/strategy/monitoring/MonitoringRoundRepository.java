package be.interfederal.cycle.strategy.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonitoringRoundRepository extends JpaRepository<MonitoringRound, Long> {
  Optional<MonitoringRound> findByCycleKeyAndYear(String cycleKey, int year);

  List<MonitoringRound> findByCycleKeyOrderByYear(String cycleKey);

  Optional<MonitoringRound> findByProcessInstanceId(String processInstanceId);
}
