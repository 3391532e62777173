package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task deliverEvaluation (form evaluation-findings): the evaluator's findings and recommendations, through BELSPO. */
@Component("recordEvaluationFindings")
record RecordEvaluationFindings(EvaluationRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("findingsNl", "De bevindingen (NL)", "Les constats (NL)")
      .field("findingsFr", "De bevindingen (FR)", "Les constats (FR)")
      .field("recommendationsNl", "De aanbevelingen (NL)", "Les recommandations (NL)")
      .field("recommendationsFr", "De aanbevelingen (FR)", "Les recommandations (FR)");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String findingsNl = form.text("findingsNl", Evaluation.TEXT_LENGTH);
    String findingsFr = form.text("findingsFr", Evaluation.TEXT_LENGTH);
    String recommendationsNl = form.text("recommendationsNl", Evaluation.TEXT_LENGTH);
    String recommendationsFr = form.text("recommendationsFr", Evaluation.TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    EvaluationKind kind = EvaluationKind.valueOf((String) task.getVariable(Variables.EVALUATION_KIND));
    return () -> records.evaluation(key, kind).deliver(findingsNl, findingsFr, recommendationsNl, recommendationsFr);
  }
}
