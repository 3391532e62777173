package be.interfederal.cycle.strategy.publishing;

import be.interfederal.cycle.strategy.approval.ApprovalRecords;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycles;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task markStrategyApproved: the strategy is approved on the day of the TMD meeting that approved it. */
@Component("markStrategyApproved")
record MarkStrategyApproved(Cycles cycles, ApprovalRecords approvals) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    LocalDate date = approvals.currentMeeting(key, ApprovalSubject.strategy).getMeetingDate();
    cycles.cycle(key).approve(date);
  }
}
