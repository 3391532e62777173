package be.interfederal.cycle.strategy.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnalysisReviewRepository extends JpaRepository<AnalysisReview, Long> {
  List<AnalysisReview> findByCycleKeyOrderById(String cycleKey);
}
