package be.interfederal.cycle.strategy.cndcplan;

import be.interfederal.cycle.strategy.actionplan.ActionContexts;
import be.interfederal.cycle.strategy.actionplan.ActionFields;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.ActionRows;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 6, task draftCndcActions (form action-plan-actions.html): the National Drugs Office's actions for its remit. */
@Component("recordCndcActions")
class RecordCndcActions implements FormListener {

  /** The directory group of the National Drugs Office, which proposes every action of its plan. */
  static final String CNDC = "cndc";

  private final ActionContexts contexts;
  private final ActionPlanRecords records;
  private final FormFields fields;

  RecordCndcActions(ActionContexts contexts, ActionPlanRecords records) {
    this.contexts = contexts;
    this.records = records;
    this.fields = ActionFields.of(contexts);
  }

  @Override
  public FormFields fields() {
    return fields;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    ActionRows.Result actions = ActionRows.read(form.rows("actions"), contexts.of(key));
    actions.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    if (actions.actions().isEmpty() && !form.hasProblems()) {
      form.missing("actions");
    }
    String by = Actor.current();
    return () -> records.propose(key, ActionPlanKind.cndc, CNDC, actions.actions(), by);
  }
}
