package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Task commissionEvaluation (form evaluation-commission): the GDPC secretariat records who evaluates (as EVADRUG was
 * done by UGent, UCLouvain and KU Leuven), whether BELSPO funds it, and when the report is due.
 */
@Component("recordEvaluationCommission")
record RecordEvaluationCommission(EvaluationRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("evaluator", "De evaluator", "L'évaluateur")
      .field("belspoFunded", "Gefinancierd door BELSPO", "Financé par BELSPO")
      .field("deliveryDue", "De datum van het rapport", "La date du rapport");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String evaluator = form.text("evaluator", Evaluation.EVALUATOR_LENGTH);
    boolean funded = form.flag("belspoFunded");
    LocalDate due = form.date("deliveryDue");
    if (due != null && !due.isAfter(EngineClock.today())) {
      form.problem("Het rapport is te verwachten na vandaag", "Le rapport est attendu après aujourd'hui");
    }
    String key = task.getProcessBusinessKey();
    EvaluationKind kind = EvaluationKind.valueOf((String) task.getVariable(Variables.EVALUATION_KIND));
    return () -> records.evaluation(key, kind).commission(evaluator, funded, due);
  }
}
