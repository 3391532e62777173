package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task takeNoteOfEvaluation (form evaluation-note): the TMD takes note of the evaluation, on the day of its meeting. */
@Component("recordEvaluationNote")
record RecordEvaluationNote(EvaluationRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("notedOn", "De datum van de vergadering", "La date de la réunion")
      .field("noteRemarks", "De opmerkingen van de TVD", "Les remarques de la RTD");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    LocalDate on = form.date("notedOn");
    if (on != null && on.isAfter(EngineClock.today())) {
      form.problem("De vergadering ligt in de toekomst", "La réunion est dans le futur");
    }
    String remarks = form.optionalText("noteRemarks", Evaluation.REMARKS_LENGTH);
    String key = task.getProcessBusinessKey();
    EvaluationKind kind = EvaluationKind.valueOf((String) task.getVariable(Variables.EVALUATION_KIND));
    return () -> records.evaluation(key, kind).noted(on, remarks);
  }
}
