package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.DueDates;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** What the consultation-position model asks: {@code ${consultation.positionRows(...)}}, {@code ${consultation.reminderAt(...)}}. */
@Component("consultation")
public record Consultation(Cycles cycles, DueDates dueDates) {

  /** The rows of the consultation form: one per strategic objective, to be answered by the consulted group. */
  public SpinJsonNode positionRows(String businessKey) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CycleObjective o : cycles.objectives(businessKey)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("objectiveNumber", o.getNumber());
      row.put("objective", o.getNumber() + ". " + o.getTitle().bilingual());
      row.put("position", null);
      row.put("remarks", null);
      rows.add(row);
    }
    return Spin.JSON(rows);
  }

  /** The document a consultation round is about: the strategy's draft, or the action plan's. */
  public String document(DelegateExecution execution) {
    return ApprovalSubject.of(execution) == ApprovalSubject.actionPlan ? DocumentType.ACTION_PLAN.name()
        : DocumentType.CONSULTATION_DRAFT.name();
  }

  /** When to remind a consulted group: the configured time before its due date. */
  public Date reminderAt(Date due) {
    return dueDates.before("consultationReminder", due);
  }
}
