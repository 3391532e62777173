package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 7, task validateMonitoringReport (form monitoring-validation): the GDPC chair (or deputy) validates the
 * report, and with it any amendment proposed, or sends it back to the secretariat with remarks.
 */
@Component("recordMonitoringValidation")
record RecordMonitoringValidation(MonitoringRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .choice(Variables.MONITORING_VALIDATION, RoundValidation.class, "De beslissing", "La décision")
      .field("validationRemarks", "De opmerkingen", "Les remarques");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    RoundValidation decision = form.choice(Variables.MONITORING_VALIDATION, RoundValidation.class);
    String remarks = form.optionalText("validationRemarks", MonitoringRound.REMARKS_LENGTH);
    if (decision == RoundValidation.sentBack && remarks == null) {
      form.missing("validationRemarks");
    }
    MonitoringRound round = records.round(task.getProcessInstanceId());
    return () -> round.validate(decision, remarks);
  }
}
