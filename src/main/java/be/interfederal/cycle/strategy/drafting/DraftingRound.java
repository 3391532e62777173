package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.PartOfCycle;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One numbered drafting round of the GDPC: the draft, its consultation, and the outcome. Rounds are kept. */
@Entity
@Table(name = "drafting_round")
public class DraftingRound extends PartOfCycle {

  /** Column size of changes_summary and decision_proposal (V2 migration). */
  static final int TEXT_LENGTH = 8000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApprovalSubject subject;

  @Column(nullable = false)
  private int number;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt = EngineClock.now();

  @Column(name = "consultation_due")
  private LocalDate consultationDue;

  @Column(name = "changes_summary", length = TEXT_LENGTH)
  private String changesSummary;

  @Column(name = "drafted_by")
  private String draftedBy;

  @Column(name = "tmd_remarks", length = 4000)
  private String tmdRemarks;

  @Column(name = "objection_count")
  private Integer objectionCount;

  @Column(name = "decision_proposal", length = TEXT_LENGTH)
  private String decisionProposal;

  @Column(name = "closed_by")
  private String closedBy;

  protected DraftingRound() {}

  public DraftingRound(String cycleKey, ApprovalSubject subject, int number, String tmdRemarks) {
    super(cycleKey);
    this.subject = subject;
    this.number = number;
    this.tmdRemarks = tmdRemarks;
  }

  public void drafted(String summary, LocalDate due, String by) {
    changesSummary = summary;
    consultationDue = due;
    draftedBy = by;
  }

  public void consulted(int objections) {
    objectionCount = objections;
  }

  public void close(String proposal, String by) {
    decisionProposal = proposal;
    closedBy = by;
  }

  public ApprovalSubject getSubject() { return subject; }
  public int getNumber() { return number; }
  public LocalDate getConsultationDue() { return consultationDue; }
  public String getChangesSummary() { return changesSummary; }
  public String getTmdRemarks() { return tmdRemarks; }
  public Integer getObjectionCount() { return objectionCount; }
  public String getDecisionProposal() { return decisionProposal; }
}
