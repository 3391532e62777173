package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.mestrategy.Frequency;
import be.interfederal.cycle.strategy.mestrategy.MeIndicator;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 7, task deliverIndicatorValues (form indicator-values.html): a data provider (or the Reitox focal point for
 * those that deliver via it) delivers this round's value of each of its indicators.
 */
@Component("recordIndicatorValues")
record RecordIndicatorValues(MonitoringRounds rounds, MonitoringRecords records, GroupMembership membership)
    implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .rows("indicatorValues", "De waarden van de indicatoren", "Les valeurs des indicateurs", Map.of());

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    MonitoringRound round = records.round(task.getProcessInstanceId());
    String group = (String) task.getVariable(Variables.REPORTING_PROVIDER);
    membership.check(form, group);
    List<IndicatorValueRows.Asked> asked = rounds.indicatorsOf(key, group).stream()
        .map(i -> new IndicatorValueRows.Asked(i.getId(), i.getKind(), title(i), i.getFrequency() != Frequency.adHoc)).toList();
    IndicatorValueRows.Result result = IndicatorValueRows.read(form.rows("indicatorValues"), asked);
    result.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    String by = Actor.current();
    return () -> records.deliver(round, result.values(), by);
  }

  private static String title(MeIndicator indicator) {
    return indicator.getObjective() + " " + indicator.getTitle().getNl() + " / " + indicator.getTitle().getFr();
  }
}
