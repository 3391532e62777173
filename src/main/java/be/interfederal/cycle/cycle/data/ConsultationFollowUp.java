package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder sent before a position was due, or the chair's follow-up of an overdue position. */
@Entity
@Table(name = "consultation_follow_up")
public class ConsultationFollowUp {

  public enum Kind { REMINDER, ESCALATION }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Column(nullable = false)
  private String kind;

  @Column(length = 4000)
  private String note;

  @Column(name = "by_user")
  private String byUser;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt = Instant.now();

  protected ConsultationFollowUp() {}

  public ConsultationFollowUp(Long roundId, String groupId, Kind kind, String note, String byUser) {
    this.roundId = roundId;
    this.groupId = groupId;
    this.kind = kind.name();
    this.note = note;
    this.byUser = byUser;
  }

  public String getGroupId() { return groupId; }
  public Kind getKind() { return Kind.valueOf(kind); }
  public String getNote() { return note; }
}
