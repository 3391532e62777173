package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Task approveWarningCommunication (form early-warning-approval): the chair (or deputy) approves the aligned
 * communication, or sends it back to the secretariat with what must change.
 */
@Component("recordCommunicationApproval")
record RecordCommunicationApproval(EarlyWarningRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .choice("communicationDecision", CommunicationDecision.class, "De beslissing", "La décision")
      .field("approvalRemarks", "Wat moet veranderen", "Ce qui doit changer");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    CommunicationDecision decision = form.choice("communicationDecision", CommunicationDecision.class);
    String remarks = form.optionalText("approvalRemarks", EarlyWarning.TEXT_LENGTH);
    if (decision == CommunicationDecision.sendBack && remarks == null) {
      form.missing("approvalRemarks");
    }
    String key = task.getProcessBusinessKey();
    int number = records.numberOf(task.getProcessInstanceId());
    return () -> {
      records.warning(key, number).decideOnCommunication(decision, remarks);
      // the form's own answer stays local to this task (a fresh form each time); the gateway reads the checked one
      task.getProcessInstance().setVariable(Variables.COMMUNICATION_DECISION, decision.name());
    };
  }
}
