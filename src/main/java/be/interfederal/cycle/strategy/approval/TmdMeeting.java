package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.PartOfCycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A meeting of the Thematic Meeting Drugs on one subject (the strategy, later action plans) and its decision. */
@Entity
@Table(name = "tmd_meeting")
public class TmdMeeting extends PartOfCycle {

  /** The TMD's decisions (form tmd-decision; gateways decisionTaken and tmdDecided). */
  public enum Decision { approved, approvedWithAmendments, postponed, rejected }

  /** Column size of the remarks (V2 migration). */
  static final int REMARKS_LENGTH = 4000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApprovalSubject subject;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  @Column(length = REMARKS_LENGTH)
  private String remarks;

  // The decision is recorded after the meeting was scheduled, so these may be empty: not the Recorded columns.
  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected TmdMeeting() {}

  public TmdMeeting(String cycleKey, ApprovalSubject subject, LocalDate meetingDate) {
    super(cycleKey);
    this.subject = subject;
    this.meetingDate = meetingDate;
  }

  public void decide(Decision value, String text, String by) {
    decision = value;
    remarks = text;
    decidedBy = by;
    decidedAt = EngineClock.now();
  }

  public ApprovalSubject getSubject() { return subject; }
  public LocalDate getMeetingDate() { return meetingDate; }
  public Decision getDecision() { return decision; }
  public String getRemarks() { return remarks; }
}
