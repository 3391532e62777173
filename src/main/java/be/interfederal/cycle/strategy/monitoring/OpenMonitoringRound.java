package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.process.DueDates;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task openMonitoringRound: opens the year's round and says who is asked — the data providers (or the focal point
 * they deliver via) for the indicator values, the owners of the actions of both plans for their progress — and by when.
 */
@Component("openMonitoringRound")
record OpenMonitoringRound(MonitoringRecords records, MonitoringRounds rounds, DueDates dueDates) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    records.open(key, Values.integer(execution.getVariable(Variables.MONITORING_YEAR)), execution.getProcessInstanceId());
    execution.setVariable(Variables.REPORTING_PROVIDERS, rounds.providers(key));
    execution.setVariable(Variables.ACTION_OWNERS, rounds.owners(key));
    execution.setVariable(Variables.MONITORING_REPORTS_DUE, dueDates.from("monitoringReports"));
  }
}
