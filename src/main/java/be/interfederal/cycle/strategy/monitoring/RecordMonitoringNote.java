package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.approval.TmdNote;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 7, task takeNoteOfMonitoringReport (form monitoring-note): the TMD takes note of the yearly report. */
@Component("recordMonitoringNote")
record RecordMonitoringNote(MonitoringRecords records) implements FormListener {

  @Override
  public FormFields fields() {
    return TmdNote.FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    TmdNote note = TmdNote.read(form, MonitoringRound.REMARKS_LENGTH);
    MonitoringRound round = records.round(task.getProcessInstanceId());
    return () -> round.noted(note.on(), note.remarks());
  }
}
