package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.drafting.consultation.ConsultationFollowUp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's action plans and their actions. Keyed: recording the same submission twice leaves one record. */
@Service
@Transactional
public class ActionPlanRecords {

  private final ActionPlanRepository plans;
  private final PlanActionRepository actions;
  private final PlanFollowUpRepository followUps;

  public ActionPlanRecords(ActionPlanRepository plans, PlanActionRepository actions, PlanFollowUpRepository followUps) {
    this.plans = plans;
    this.actions = actions;
    this.followUps = followUps;
  }

  /** The cycle's plan of this kind, opened when first asked for. */
  public ActionPlan plan(String businessKey, ActionPlanKind kind) {
    return plans.findByCycleKeyAndKind(businessKey, kind).orElseGet(() -> plans.save(new ActionPlan(businessKey, kind)));
  }

  public List<PlanAction> actions(String businessKey, ActionPlanKind kind) {
    return actions.findByPlanIdOrderByPosition(plan(businessKey, kind).getId());
  }

  /** A group's actions in the plan; submitting again replaces them, the other groups' actions stay. */
  public void propose(String businessKey, ActionPlanKind kind, String group, List<Action> proposed, String by) {
    ActionPlan plan = plan(businessKey, kind);
    List<PlanAction> current = actions.findByPlanIdOrderByPosition(plan.getId());
    actions.deleteAll(current.stream().filter(a -> a.getProposedBy().equals(group)).toList());
    actions.flush();
    int next = current.stream().mapToInt(PlanAction::getPosition).max().orElse(0) + 1;
    for (Action action : proposed) {
      actions.save(new PlanAction(plan.getId(), next++, group, action, by));
    }
  }

  /** An action as the secretariat consolidated it, with the group that proposed it. */
  public record Proposed(String group, Action action) {}

  /** The secretariat's consolidation replaces every action of the plan. */
  public void consolidate(String businessKey, ActionPlanKind kind, List<Proposed> consolidated, String by) {
    ActionPlan plan = plan(businessKey, kind);
    actions.deleteAll(actions.findByPlanIdOrderByPosition(plan.getId()));
    actions.flush();
    int position = 1;
    for (Proposed p : consolidated) {
      actions.save(new PlanAction(plan.getId(), position++, p.group(), p.action(), by));
    }
  }

  public void close(String businessKey, ActionPlanKind kind, String motivation) {
    plan(businessKey, kind).closed(motivation);
  }

  public void amend(String businessKey, ActionPlanKind kind, String motivation) {
    plan(businessKey, kind).amend(motivation);
  }

  public void approve(String businessKey, ActionPlanKind kind, LocalDate on) {
    plan(businessKey, kind).approve(on);
  }

  public void coherence(String businessKey, ActionPlanKind kind, CoherenceDecision decision, String remarks) {
    plan(businessKey, kind).checked(decision, remarks);
  }

  public void followUp(String businessKey, ActionPlanKind kind, String group, ConsultationFollowUp.Kind followUp,
      String note, String by) {
    followUps.save(new PlanFollowUp(plan(businessKey, kind).getId(), group, followUp, note, by));
  }

  public List<PlanFollowUp> followUps(String businessKey, ActionPlanKind kind) {
    return followUps.findByPlanId(plan(businessKey, kind).getId());
  }
}
