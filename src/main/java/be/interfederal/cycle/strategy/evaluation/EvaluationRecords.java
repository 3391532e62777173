package be.interfederal.cycle.strategy.evaluation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's evaluations, one per kind. */
@Service
@Transactional
public class EvaluationRecords {

  private final EvaluationRepository evaluations;

  public EvaluationRecords(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  /** The evaluation of this kind, if it was commissioned (reading does not open one). */
  public Optional<Evaluation> find(String businessKey, EvaluationKind kind) {
    return evaluations.findByCycleKeyAndKind(businessKey, kind);
  }

  public Evaluation evaluation(String businessKey, EvaluationKind kind) {
    return evaluations.findByCycleKeyAndKind(businessKey, kind)
        .orElseGet(() -> evaluations.save(new Evaluation(businessKey, kind)));
  }
}
