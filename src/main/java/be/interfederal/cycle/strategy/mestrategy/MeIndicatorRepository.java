package be.interfederal.cycle.strategy.mestrategy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeIndicatorRepository extends JpaRepository<MeIndicator, Long> {
  List<MeIndicator> findByStrategyIdOrderByPosition(Long strategyId);
}
