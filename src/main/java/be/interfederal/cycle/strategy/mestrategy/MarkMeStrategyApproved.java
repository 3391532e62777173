package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.strategy.approval.ApprovalRecords;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task markMeStrategyApproved: the M&E strategy is approved on the day of the TMD meeting that approved it. */
@Component("markMeStrategyApproved")
record MarkMeStrategyApproved(MeStrategyRecords records, ApprovalRecords approvals) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    records.approve(key, approvals.currentMeeting(key, ApprovalSubject.meStrategy).getMeetingDate());
  }
}
