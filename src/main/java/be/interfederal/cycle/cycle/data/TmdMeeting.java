package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A meeting of the Thematic Meeting Drugs on one subject (the strategy, later action plans) and its decision. */
@Entity
@Table(name = "tmd_meeting")
public class TmdMeeting {

  public enum Decision { approved, approvedWithAmendments, postponed, rejected }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_key", nullable = false)
  private String cycleKey;

  @Column(nullable = false)
  private String subject;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  private String decision;

  @Column(length = 4000)
  private String remarks;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected TmdMeeting() {}

  public TmdMeeting(String cycleKey, String subject, LocalDate meetingDate) {
    this.cycleKey = cycleKey;
    this.subject = subject;
    this.meetingDate = meetingDate;
  }

  public void decide(Decision value, String text, String by) {
    decision = value.name();
    remarks = text;
    decidedBy = by;
    decidedAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getSubject() { return subject; }
  public LocalDate getMeetingDate() { return meetingDate; }
  public Decision getDecision() { return decision == null ? null : Decision.valueOf(decision); }
  public String getRemarks() { return remarks; }
}
