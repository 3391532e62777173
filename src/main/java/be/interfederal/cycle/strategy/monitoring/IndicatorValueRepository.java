package be.interfederal.cycle.strategy.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {
  Optional<IndicatorValue> findByRoundIdAndIndicatorId(Long roundId, Long indicatorId);

  List<IndicatorValue> findByRoundIdIn(Collection<Long> roundIds);
}
