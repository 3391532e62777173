package be.interfederal.cycle.strategy.advisory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {
  List<Recommendation> findByCycleKeyOrderByObjectiveNumber(String cycleKey);
  Optional<Recommendation> findByCycleKeyAndObjectiveNumber(String cycleKey, int objectiveNumber);
}
