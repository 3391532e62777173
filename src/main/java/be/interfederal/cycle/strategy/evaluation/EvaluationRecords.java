package be.interfederal.cycle.strategy.evaluation;

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

  public Evaluation evaluation(String businessKey, EvaluationKind kind) {
    return evaluations.findByCycleKeyAndKind(businessKey, kind)
        .orElseGet(() -> evaluations.save(new Evaluation(businessKey, kind)));
  }
}
