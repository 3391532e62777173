package be.interfederal.cycle.strategy.actionplan;

import static be.interfederal.cycle.strategy.process.ModelParts.date;
import static be.interfederal.cycle.strategy.process.ModelParts.in;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The interfederal action plan (tasks generateActionPlanDraft and generateActionPlan): the actions by specific
 * objective, what is left without an action and why, and whether it is a round's draft or the approved plan.
 */
@Component
record InterfederalActionPlan(ActionPlanRecords records, ActionPlans plans, ActionTable table) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.ACTION_PLAN;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    String key = cycle.getBusinessKey();
    ActionPlan plan = records.plan(key, ActionPlanKind.interfederal);
    table.put(records.actions(key, ActionPlanKind.interfederal), language, model);
    model.put("status", plan.getApprovedOn() != null
        ? in(language, "Goedgekeurd door de TVD op ", "Approuvé par la RTD le ", "Approved by the TMD on ")
            + date(plan.getApprovedOn(), language)
        : plan.getAmendmentMotivation() != null
            ? in(language, "Ontwerp van wijziging na monitoring, consultatieronde ",
                "Projet de modification après le suivi, tour de consultation ",
                "Draft amendment after monitoring, consultation round ") + roundNumber
            : in(language, "Ontwerp voor consultatieronde ", "Projet pour le tour de consultation ", "Draft for consultation round ")
                + roundNumber);
    String gaps = plans.coverageGaps(key, ActionPlanKind.interfederal.name());
    model.put("coverageGaps", gaps.isEmpty() ? in(language, "geen", "aucun", "none") : gaps);
    model.put("coverageMotivation", plan.getCoverageMotivation() == null ? "" : plan.getCoverageMotivation());
  }
}
