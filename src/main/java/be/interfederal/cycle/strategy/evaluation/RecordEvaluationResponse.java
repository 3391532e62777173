package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task respondToEvaluation (form evaluation-response): the GDPC's response to the findings and recommendations. */
@Component("recordEvaluationResponse")
record RecordEvaluationResponse(EvaluationRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("responseNl", "Het antwoord (NL)", "La réponse (NL)")
      .field("responseFr", "Het antwoord (FR)", "La réponse (FR)");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String nl = form.text("responseNl", Evaluation.TEXT_LENGTH);
    String fr = form.text("responseFr", Evaluation.TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    EvaluationKind kind = EvaluationKind.valueOf((String) task.getVariable(Variables.EVALUATION_KIND));
    return () -> records.evaluation(key, kind).respond(nl, fr);
  }
}
