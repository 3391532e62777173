package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 5, task scheduleMeeting (form tmd-meeting): the TMD meeting is scheduled. */
@Component("recordMeeting")
record RecordMeeting(ApprovalRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("meetingDate", "De datum van de vergadering", "La date de la réunion");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    LocalDate date = form.date("meetingDate");
    if (date != null && date.isBefore(EngineClock.today())) {
      form.problem("De vergadering kan niet in het verleden gepland worden", "La réunion ne peut pas être planifiée dans le passé");
    }
    String key = task.getProcessBusinessKey();
    ApprovalSubject subject = ApprovalSubject.valueOf((String) task.getVariable(Variables.APPROVAL_SUBJECT));
    return () -> records.scheduleMeeting(key, subject, date);
  }
}
