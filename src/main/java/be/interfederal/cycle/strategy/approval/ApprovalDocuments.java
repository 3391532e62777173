package be.interfederal.cycle.strategy.approval;

import org.springframework.stereotype.Component;

/** The document the TMD decides on, for the approval forms' links: {@code ${approvalDocuments.of(approvalSubject)}}. */
@Component("approvalDocuments")
public class ApprovalDocuments {

  public String of(String subject) {
    return ApprovalSubject.valueOf(subject).decisionFile().name();
  }
}
