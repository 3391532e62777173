package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 4, task closeDrafting (form drafting-closure): the chair closes drafting with the proposal for the TMD. */
@Component("recordDraftingClosure")
record RecordDraftingClosure(DraftingRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("decisionProposal", "Het voorstel van beslissing", "La proposition de décision");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String proposal = form.text("decisionProposal", DraftingRound.TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    ApprovalSubject subject = ApprovalSubject.of(task);
    int round = Values.integer(task.getVariable(Variables.ROUND_NUMBER));
    String by = Actor.current();
    return () -> records.closeDrafting(key, subject, round, proposal, by);
  }
}
