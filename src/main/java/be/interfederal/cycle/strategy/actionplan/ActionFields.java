package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.process.FormFields;
import java.util.Map;

/** The one field of the action form (action-plan-actions.html), with the values its choice columns may offer. */
public final class ActionFields {

  private ActionFields() {}

  public static FormFields of(ActionContexts contexts) {
    return FormFields.of().rowsWithValues("actions", "Minstens één actie", "Au moins une action", Map.of(
        "pillar", () -> ActionContexts.keys(contexts.reference().lists().pillars()),
        "scopeCategory", () -> ActionContexts.keys(contexts.reference().lists().scopeCategories()),
        "existingPlan", FormFields.valuesOf(ExistingPlan.class)));
  }
}
