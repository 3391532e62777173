package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.mestrategy.MeStrategies;
import be.interfederal.cycle.strategy.mestrategy.MeStrategy;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task planMonitoringRound (policy-cycle): which yearly round comes next and when it starts (the M&E strategy's
 * monitoring day, 9:00 in Brussels), or that the period has no round left ({@link MonitoringCalendar}).
 */
@Component("planMonitoringRound")
record PlanMonitoringRound(Cycles cycles, MeStrategyRecords strategies, MeStrategies meStrategies, MonitoringRecords records)
    implements JavaDelegate {

  static final int START_HOUR = 9;

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    Cycle cycle = cycles.cycle(key);
    MeStrategy strategy = strategies.strategy(key);
    LocalDate approved = strategy.getApprovedOn() != null ? strategy.getApprovedOn() : EngineClock.today();
    Set<Integer> held = records.rounds(key).stream().map(MonitoringRound::getYear).collect(Collectors.toSet());
    Optional<Integer> next = MonitoringCalendar.nextRound(cycle.getPeriodStart(), cycle.getPeriodEnd(), approved, held);
    execution.setVariable(Variables.MONITORING_ROUND_PLANNED, next.isPresent());
    execution.setVariable(Variables.MONITORING_YEAR, next.orElse(null));
    execution.setVariable(Variables.MONITORING_ROUND_DUE, next
        .map(year -> EngineClock.at(MonitoringCalendar.day(year, meStrategies.monitoringDay(key)), START_HOUR)).orElse(null));
  }
}
