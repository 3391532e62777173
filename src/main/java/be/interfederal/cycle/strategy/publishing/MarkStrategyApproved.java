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
class MarkStrategyApproved implements JavaDelegate {

  private final Cycles cycles;
  private final ApprovalRecords approvals;

  MarkStrategyApproved(Cycles cycles, ApprovalRecords approvals) {
    this.cycles = cycles;
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    LocalDate date = approvals.currentMeeting(key, ApprovalSubject.strategy).getMeetingDate();
    cycles.cycle(key).approve(date);
  }
}
