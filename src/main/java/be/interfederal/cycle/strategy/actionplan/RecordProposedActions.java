package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task proposeActions (form action-plan-actions.html): a cabinet or administration proposes the actions
 * within its own competence. A group may propose none; the secretariat's coverage check shows what is left open.
 */
@Component("recordProposedActions")
record RecordProposedActions(ActionSubmissions submissions, ActionPlanRecords records, GroupMembership membership)
    implements FormListener {

  @Override
  public FormFields fields() {
    return submissions.fields();
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    ActionRows.Result actions = submissions.read(key, form, false);
    String group = (String) task.getVariable(Variables.PROPOSING_GROUP);
    membership.check(form, group);
    String by = Actor.current();
    return () -> records.propose(key, ActionPlanKind.interfederal, group, actions.actions(), by);
  }
}
