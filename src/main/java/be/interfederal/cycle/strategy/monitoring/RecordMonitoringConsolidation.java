package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 7, task consolidateMonitoring (form monitoring-consolidation): the GDPC secretariat's reading of the round in
 * Dutch and French, and whether it proposes to amend the action plan (then with its motivation).
 */
@Component("recordMonitoringConsolidation")
record RecordMonitoringConsolidation(MonitoringRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("summaryNl", "De samenvatting (NL)", "La synthèse (NL)")
      .field("summaryFr", "De samenvatting (FR)", "La synthèse (FR)")
      .field(Variables.AMENDMENT_PROPOSED, "Wijziging van het actieplan voorstellen", "Proposer une modification du plan d'action")
      .field("amendmentMotivation", "De motivering van de wijziging", "La motivation de la modification");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String nl = form.text("summaryNl", MonitoringRound.SUMMARY_LENGTH);
    String fr = form.text("summaryFr", MonitoringRound.SUMMARY_LENGTH);
    boolean amendment = form.flag(Variables.AMENDMENT_PROPOSED);
    String motivation = form.optionalText("amendmentMotivation", MonitoringRound.REMARKS_LENGTH);
    if (amendment && motivation == null) {
      form.missing("amendmentMotivation");
    }
    MonitoringRound round = records.round(task.getProcessInstanceId());
    return () -> {
      round.consolidate(nl, fr, amendment, motivation);
      task.setVariable(Variables.AMENDMENT_PROPOSED, amendment);
    };
  }
}
