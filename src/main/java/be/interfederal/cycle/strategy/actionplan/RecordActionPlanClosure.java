package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task closeActionPlan (form action-plan-closure): the chair closes the action plan with the proposal for
 * the TMD; when specific objectives have no action, only with a motivation.
 */
@Component("recordActionPlanClosure")
record RecordActionPlanClosure(ActionPlanRecords records, ActionPlans plans, DraftingRecords drafting)
    implements FormListener {

  /** Column size of drafting_round.decision_proposal (V2 migration). */
  static final int PROPOSAL_LENGTH = 8000;

  private static final FormFields FIELDS = FormFields.of()
      .field("decisionProposal", "Het voorstel van beslissing", "La proposition de décision")
      .field("coverageMotivation", "De motivering van de doelstellingen zonder actie",
          "La motivation des objectifs sans action");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    String proposal = form.text("decisionProposal", PROPOSAL_LENGTH);
    String motivation = form.optionalText("coverageMotivation", ActionPlan.TEXT_LENGTH);
    String gaps = plans.coverageGaps(key, ActionPlanKind.interfederal.name());
    if (!gaps.isEmpty() && motivation == null) {
      form.problem("Specifieke doelstellingen zonder actie (" + gaps + "): een motivering is verplicht",
          "Objectifs spécifiques sans action (" + gaps + ") : une motivation est obligatoire");
    }
    int round = Values.integer(task.getVariable(Variables.ROUND_NUMBER));
    String by = Actor.current();
    return () -> {
      records.close(key, ActionPlanKind.interfederal, motivation);
      drafting.closeDrafting(key, ApprovalSubject.actionPlan, round, proposal, by);
    };
  }
}
