package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task draftWarningCommunication (form early-warning-communication): the secretariat's aligned communication, nl and fr. */
@Component("recordWarningCommunication")
record RecordWarningCommunication(EarlyWarningRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("communicationNl", "De communicatie (NL)", "La communication (NL)")
      .field("communicationFr", "De communicatie (FR)", "La communication (FR)");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String nl = form.text("communicationNl", EarlyWarning.COMMUNICATION_LENGTH);
    String fr = form.text("communicationFr", EarlyWarning.COMMUNICATION_LENGTH);
    String key = task.getProcessBusinessKey();
    int number = records.numberOf(task.getProcessInstanceId());
    return () -> records.warning(key, number).draftCommunication(nl, fr);
  }
}
