package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 7, task reportActionProgress (form action-progress.html): the group that owns actions of the plans reports
 * where each stands (with a reason when delayed or dropped) and the budget spent so far.
 */
@Component("recordActionProgress")
record RecordActionProgress(MonitoringRounds rounds, MonitoringRecords records, GroupMembership membership)
    implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .rows("actionProgress", "De stand van zaken van de acties", "L'état d'avancement des actions",
          Map.of("plan", ActionPlanKind.class, "status", ProgressStatus.class));

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    MonitoringRound round = records.round(task.getProcessInstanceId());
    String owner = (String) task.getVariable(Variables.ACTION_OWNER);
    membership.check(form, owner);
    ProgressRows.Result result = ProgressRows.read(form.rows("actionProgress"), rounds.actionsOf(key, owner));
    result.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    String by = Actor.current();
    return () -> records.report(round, result.reported(), by);
  }
}
