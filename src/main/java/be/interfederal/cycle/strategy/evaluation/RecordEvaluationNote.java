package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.strategy.approval.TmdNote;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task takeNoteOfEvaluation (form evaluation-note): the TMD takes note of the evaluation, on the day of its meeting. */
@Component("recordEvaluationNote")
record RecordEvaluationNote(EvaluationRecords records) implements FormListener {

  @Override
  public FormFields fields() {
    return TmdNote.FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    TmdNote note = TmdNote.read(form, Evaluation.REMARKS_LENGTH);
    String key = task.getProcessBusinessKey();
    EvaluationKind kind = EvaluationKind.valueOf((String) task.getVariable(Variables.EVALUATION_KIND));
    return () -> records.evaluation(key, kind).noted(note.on(), note.remarks());
  }
}
