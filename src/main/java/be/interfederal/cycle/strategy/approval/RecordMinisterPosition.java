package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 5, task recordMinisterPosition (form minister-position): a cabinet records its minister's position. */
@Component("recordMinisterPosition")
record RecordMinisterPosition(ApprovalRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .choice("ministerPosition", MinisterPosition.Endorsement.class, "Het standpunt van de minister", "La position du ministre")
      .field("reservation", "Het voorbehoud of de reden", "La réserve ou le motif");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    MinisterPosition.Endorsement endorsement = form.choice("ministerPosition", MinisterPosition.Endorsement.class);
    String reservation = form.optionalText("reservation", MinisterPosition.RESERVATION_LENGTH);
    if (endorsement != null && endorsement != MinisterPosition.Endorsement.endorse && reservation == null) {
      form.missing("reservation");
    }
    String key = task.getProcessBusinessKey();
    ApprovalSubject subject = ApprovalSubject.valueOf((String) task.getVariable(Variables.APPROVAL_SUBJECT));
    String minister = (String) task.getVariable(Variables.MINISTER_ID);
    String by = Actor.current();
    return () -> records.ministerPosition(key, subject, minister, endorsement, reservation, by);
  }
}
