package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.approval.ApprovalRecords;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task markActionPlanApproved: the action plan is approved on the day of the TMD meeting that approved it. */
@Component("markActionPlanApproved")
record MarkActionPlanApproved(ActionPlanRecords records, ApprovalRecords approvals) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    records.approve(key, ActionPlanKind.interfederal,
        approvals.currentMeeting(key, ApprovalSubject.actionPlan).getMeetingDate());
  }
}
