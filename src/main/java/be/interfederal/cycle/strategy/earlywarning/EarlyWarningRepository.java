package be.interfederal.cycle.strategy.earlywarning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EarlyWarningRepository extends JpaRepository<EarlyWarning, Long> {
  Optional<EarlyWarning> findByCycleKeyAndNumber(String cycleKey, int number);

  long countByCycleKey(String cycleKey);

  Optional<EarlyWarning> findByProcessInstanceId(String processInstanceId);
}
