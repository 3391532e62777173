package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A reminder sent before a position was due, or the chair's follow-up of an overdue position. */
@Entity
@Table(name = "consultation_follow_up")
public class ConsultationFollowUp extends Identified {

  public enum Kind { REMINDER, ESCALATION }

  /** Column size of the note (V2 migration). */
  static final int NOTE_LENGTH = 4000;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(length = NOTE_LENGTH)
  private String note;

  @Embedded
  private Recorded recorded;

  protected ConsultationFollowUp() {}

  public ConsultationFollowUp(Long roundId, String groupId, Kind kind, String note, String by) {
    this.roundId = roundId;
    this.groupId = groupId;
    this.kind = kind;
    this.note = note;
    this.recorded = Recorded.by(by);
  }

  public String getGroupId() { return groupId; }
  public Kind getKind() { return kind; }
  public String getNote() { return note; }
  public Recorded getRecorded() { return recorded; }
}
