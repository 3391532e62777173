package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 5, task recordTmdDecision (form tmd-decision): the TMD's decision and its remarks or reasons. */
@Component("recordTmdDecision")
record RecordTmdDecision(ApprovalRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .choice(Variables.TMD_DECISION, TmdMeeting.Decision.class, "De beslissing van de TVD", "La décision de la RTD")
      .field(Variables.TMD_REMARKS, "De opmerkingen of redenen van de TVD", "Les remarques ou motifs de la RTD");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    TmdMeeting.Decision decision = form.choice(Variables.TMD_DECISION, TmdMeeting.Decision.class);
    String remarks = form.optionalText(Variables.TMD_REMARKS, TmdMeeting.REMARKS_LENGTH);
    if (decision != null && decision != TmdMeeting.Decision.approved && remarks == null) {
      form.missing(Variables.TMD_REMARKS);
    }
    String key = task.getProcessBusinessKey();
    ApprovalSubject subject = ApprovalSubject.valueOf((String) task.getVariable(Variables.APPROVAL_SUBJECT));
    String by = Actor.current();
    return () -> records.decide(key, subject, decision, remarks, by);
  }
}
