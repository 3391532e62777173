package be.interfederal.cycle.strategy.cndcplan;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.ActionRows;
import be.interfederal.cycle.strategy.actionplan.ActionSubmissions;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 6, task draftCndcActions (form action-plan-actions.html): the National Drugs Office's actions for its remit. */
@Component("recordCndcActions")
record RecordCndcActions(ActionSubmissions submissions, ActionPlanRecords records) implements FormListener {

  /** The directory group of the National Drugs Office, which proposes every action of its plan. */
  static final String CNDC = "cndc";

  @Override
  public FormFields fields() {
    return submissions.fields();
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    ActionRows.Result actions = submissions.read(key, form, true);
    String by = Actor.current();
    return () -> records.propose(key, ActionPlanKind.cndc, CNDC, actions.actions(), by);
  }
}
