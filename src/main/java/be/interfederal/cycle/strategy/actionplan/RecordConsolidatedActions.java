package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.DueDates;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task consolidateActionPlan (form action-plan-actions.html): the GDPC secretariat merges, edits or removes
 * the proposed actions; its list replaces the plan and goes out for consultation, with the positions due
 * {@code interfederal.due-dates.consultationPosition} later. An action the secretariat adds is its own.
 */
@Component("recordConsolidatedActions")
class RecordConsolidatedActions implements FormListener {

  static final String SECRETARIAT = "gdpcSecretariat";

  private final ActionContexts contexts;
  private final ActionPlanRecords records;
  private final DueDates dueDates;
  private final FormFields fields;

  RecordConsolidatedActions(ActionContexts contexts, ActionPlanRecords records, DueDates dueDates) {
    this.contexts = contexts;
    this.records = records;
    this.dueDates = dueDates;
    this.fields = ActionFields.of(contexts);
  }

  @Override
  public FormFields fields() {
    return fields;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    List<Map<String, Object>> rows = form.rows("actions");
    ActionRows.Result actions = ActionRows.read(rows, contexts.of(key));
    actions.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    if (actions.actions().isEmpty() && !form.hasProblems()) {
      form.missing("actions");
    }
    List<ActionPlanRecords.Proposed> consolidated = new ArrayList<>();
    for (int i = 0; i < actions.actions().size() && !form.hasProblems(); i++) {
      String group = Values.string(rows.get(i), "proposedBy");
      consolidated.add(new ActionPlanRecords.Proposed(group == null ? SECRETARIAT : group, actions.actions().get(i)));
    }
    String by = Actor.current();
    return () -> {
      records.consolidate(key, ActionPlanKind.interfederal, consolidated, by);
      task.getProcessInstance().setVariable(Variables.POSITION_DUE_DATE, dueDates.from("consultationPosition"));
    };
  }
}
