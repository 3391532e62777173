package be.interfederal.cycle.strategy.mestrategy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeStrategyRepository extends JpaRepository<MeStrategy, Long> {
  Optional<MeStrategy> findByCycleKey(String cycleKey);
}
