package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.DueDates;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Routing;
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
record RecordConsolidatedActions(ActionSubmissions submissions, ActionPlanRecords records, DueDates dueDates, Routing routing)
    implements FormListener {

  static final String SECRETARIAT = "gdpcSecretariat";

  @Override
  public FormFields fields() {
    return submissions.fields();
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    List<Map<String, Object>> rows = form.rows("actions");
    ActionRows.Result actions = submissions.read(key, form, true);
    List<ActionPlanRecords.Proposed> consolidated = new ArrayList<>();
    for (int i = 0; i < actions.actions().size() && !form.hasProblems(); i++) {
      String group = Values.string(rows.get(i), "proposedBy");
      // the proposer owns the action: it reports the action's progress in the monitoring rounds
      if (group != null && !group.equals(SECRETARIAT) && !routing.consultedGroups().contains(group)) {
        form.problem("Actie " + (i + 1) + ": '" + group + "' is geen kabinet of administratie die acties voorstelt",
            "Action " + (i + 1) + " : '" + group + "' n'est pas un cabinet ou une administration qui propose des actions");
      }
      consolidated.add(new ActionPlanRecords.Proposed(group == null ? SECRETARIAT : group, actions.actions().get(i)));
    }
    String by = Actor.current();
    return () -> {
      records.consolidate(key, ActionPlanKind.interfederal, consolidated, by);
      task.getProcessInstance().setVariable(Variables.POSITION_DUE_DATE, dueDates.from("consultationPosition"));
    };
  }
}
