package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task openDraftingRound: opens the next numbered round, with the TMD's remarks when the TMD sent the draft back. */
@Component("openDraftingRound")
record OpenDraftingRound(DraftingRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DraftingRound round = records.openRound(execution.getProcessBusinessKey(), ApprovalSubject.of(execution), (String) execution.getVariable(Variables.TMD_REMARKS));
    execution.setVariable(Variables.ROUND_NUMBER, round.getNumber());
  }
}
