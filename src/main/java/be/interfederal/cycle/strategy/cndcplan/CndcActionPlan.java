package be.interfederal.cycle.strategy.cndcplan;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.actionplan.ActionPlan;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.ActionTable;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The CNDC's action plan (task generateCndcActionPlan): its actions by specific objective, with their budgets. */
@Component
record CndcActionPlan(ActionPlanRecords records, ActionTable table) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.CNDC_ACTION_PLAN;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    ActionPlan plan = records.plan(cycle.getBusinessKey(), ActionPlanKind.cndc);
    table.put(records.actions(cycle.getBusinessKey(), ActionPlanKind.cndc), language, model);
    model.put("coherenceRemarks", plan.getCoherenceRemarks() == null ? "" : plan.getCoherenceRemarks());
  }
}
