package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 4, task followUpOverduePosition (form overdue-follow-up): the chair's follow-up of an overdue position. */
@Component("recordOverdueFollowUp")
record RecordOverdueFollowUp(ConsultationRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("followUpNote", "De genomen actie", "L'action entreprise");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String note = form.text("followUpNote", ConsultationFollowUp.NOTE_LENGTH);
    String key = task.getProcessBusinessKey();
    ApprovalSubject subject = ApprovalSubject.of(task);
    int round = Values.integer(task.getVariable(Variables.ROUND_NUMBER));
    String group = (String) task.getVariable(Variables.CONSULTED_GROUP);
    String by = Actor.current();
    return () -> records.followUp(key, subject, round, group, ConsultationFollowUp.Kind.ESCALATION, note, by);
  }
}
