package be.interfederal.cycle.strategy.cndcplan;

import be.interfederal.cycle.strategy.actionplan.ActionPlan;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.CoherenceDecision;
import be.interfederal.cycle.strategy.process.DueDates;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task checkCndcCoherence (form plan-coherence): the GDPC secretariat accepts the CNDC's plan as coherent
 * with the strategy, or sends it back with remarks. A plan sent back after its due date gets the revision time
 * ({@code interfederal.due-dates.planRevision}), so that the chair is not asked to follow it up at once.
 */
@Component("recordCoherenceCheck")
record RecordCoherenceCheck(ActionPlanRecords records, DueDates dueDates) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .choice("coherenceDecision", CoherenceDecision.class, "De beslissing", "La décision")
      .field("coherenceRemarks", "Wat aangepast moet worden", "Ce qui doit être adapté");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    CoherenceDecision decision = form.choice("coherenceDecision", CoherenceDecision.class);
    String remarks = form.optionalText("coherenceRemarks", ActionPlan.TEXT_LENGTH);
    if (decision == CoherenceDecision.sendBack && remarks == null) {
      form.missing("coherenceRemarks");
    }
    String key = task.getProcessBusinessKey();
    return () -> {
      records.coherence(key, ActionPlanKind.cndc, decision, decision == CoherenceDecision.sendBack ? remarks : null);
      Date due = (Date) task.getVariable(Variables.CNDC_PLAN_DUE);
      Date revision = dueDates.from("planRevision");
      if (decision == CoherenceDecision.sendBack && (due == null || due.before(revision))) {
        task.getProcessInstance().setVariable(Variables.CNDC_PLAN_DUE, revision);
      }
    };
  }
}
