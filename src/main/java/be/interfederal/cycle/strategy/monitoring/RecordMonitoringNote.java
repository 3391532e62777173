package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 7, task takeNoteOfMonitoringReport (form monitoring-note): the TMD takes note of the yearly report. */
@Component("recordMonitoringNote")
record RecordMonitoringNote(MonitoringRecords records) implements FormListener {

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
    String remarks = form.optionalText("noteRemarks", MonitoringRound.REMARKS_LENGTH);
    MonitoringRound round = records.round(task.getProcessInstanceId());
    return () -> round.noted(on, remarks);
  }
}
