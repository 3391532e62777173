package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the cycle drafts, consults on and has the TMD approve: the strategy, then the interfederal action plan and the
 * monitoring and evaluation strategy. The
 * models pass it as {@code approvalSubject}; drafting rounds, consultation positions and TMD meetings are kept per
 * subject.
 */
public enum ApprovalSubject {
  strategy(DocumentType.TMD_DECISION_FILE),
  actionPlan(DocumentType.ACTION_PLAN),
  meStrategy(DocumentType.ME_STRATEGY);

  private final DocumentType decisionFile;

  ApprovalSubject(DocumentType decisionFile) {
    this.decisionFile = decisionFile;
  }

  /** The document the TMD decides on, which the approval forms link to. */
  public DocumentType decisionFile() {
    return decisionFile;
  }

  /** The subject of an execution; the strategy's when none is given (its models were first, and pass none). */
  public static ApprovalSubject of(VariableScope scope) {
    Object value = scope.getVariable(Variables.APPROVAL_SUBJECT);
    return value == null ? strategy : valueOf(value.toString());
  }
}
