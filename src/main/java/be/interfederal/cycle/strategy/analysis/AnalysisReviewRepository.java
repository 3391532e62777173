package be.interfederal.cycle.strategy.analysis;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnalysisReviewRepository extends JpaRepository<AnalysisReview, Long> {
}
