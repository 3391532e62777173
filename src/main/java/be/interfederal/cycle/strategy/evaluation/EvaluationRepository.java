package be.interfederal.cycle.strategy.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {
  Optional<Evaluation> findByCycleKeyAndKind(String cycleKey, EvaluationKind kind);
}
