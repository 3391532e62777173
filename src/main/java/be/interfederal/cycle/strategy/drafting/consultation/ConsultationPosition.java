package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A consulted group's position on one strategic objective in one drafting round. */
@Entity
@Table(name = "consultation_position")
public class ConsultationPosition extends Identified {

  /** The three answers a cabinet or administration can give (form consultation-position). */
  public enum Answer { agree, agreeWithRemarks, objection }

  /** Column size of the remarks (V2 migration). */
  static final int REMARKS_LENGTH = 4000;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Column(name = "objective_number", nullable = false)
  private int objectiveNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "position", nullable = false)
  private Answer answer;

  @Column(length = REMARKS_LENGTH)
  private String remarks;

  @Embedded
  private Recorded recorded;

  protected ConsultationPosition() {}

  public ConsultationPosition(Long roundId, String groupId, int objectiveNumber, Answer answer, String remarks, String by) {
    this.roundId = roundId;
    this.groupId = groupId;
    this.objectiveNumber = objectiveNumber;
    this.answer = answer;
    this.remarks = remarks;
    this.recorded = Recorded.by(by);
  }

  public String getGroupId() { return groupId; }
  public int getObjectiveNumber() { return objectiveNumber; }
  public Answer getAnswer() { return answer; }
  public String getRemarks() { return remarks; }
}
