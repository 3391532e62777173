package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The action form (action-plan-actions.html) as its three tasks read it: its one field, with the values its choice
 * columns may offer, and its rows checked against the cycle (problems reported to the form).
 */
@Component
public class ActionSubmissions {

  private final ActionContexts contexts;
  private final FormFields fields;

  ActionSubmissions(ActionContexts contexts) {
    this.contexts = contexts;
    this.fields = FormFields.of().rowsWithValues("actions", "Minstens één actie", "Au moins une action", Map.of(
        "pillar", () -> ActionContexts.keys(contexts.reference().lists().pillars()),
        "scopeCategory", () -> ActionContexts.keys(contexts.reference().lists().scopeCategories()),
        "existingPlan", FormFields.valuesOf(ExistingPlan.class)));
  }

  public FormFields fields() {
    return fields;
  }

  /** The submitted actions; with {@code required}, at least one. */
  public ActionRows.Result read(String businessKey, FormInput form, boolean required) {
    ActionRows.Result actions = ActionRows.read(form.rows("actions"), contexts.of(businessKey));
    actions.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    if (required && actions.actions().isEmpty() && !form.hasProblems()) {
      form.missing("actions");
    }
    return actions;
  }
}
