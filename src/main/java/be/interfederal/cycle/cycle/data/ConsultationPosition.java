package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consulted group's position on one strategic objective in one drafting round. */
@Entity
@Table(name = "consultation_position")
public class ConsultationPosition {

  /** The three answers a cabinet or administration can give. */
  public enum Answer { agree, agreeWithRemarks, objection }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Column(name = "objective_number", nullable = false)
  private int objectiveNumber;

  @Column(nullable = false)
  private String position;

  @Column(length = 4000)
  private String remarks;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected ConsultationPosition() {}

  public ConsultationPosition(Long roundId, String groupId, int objectiveNumber, Answer answer, String remarks, String by) {
    this.roundId = roundId;
    this.groupId = groupId;
    this.objectiveNumber = objectiveNumber;
    this.position = answer.name();
    this.remarks = remarks;
    this.recordedBy = by;
  }

  public String getGroupId() { return groupId; }
  public int getObjectiveNumber() { return objectiveNumber; }
  public Answer getAnswer() { return Answer.valueOf(position); }
  public String getRemarks() { return remarks; }
}
