package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationFollowUp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A reminder sent before a plan was due, or the chair's follow-up of a late plan. */
@Entity
@Table(name = "plan_follow_up")
public class PlanFollowUp extends Identified {

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsultationFollowUp.Kind kind;

  @Column(length = ActionPlan.TEXT_LENGTH)
  private String note;

  @Embedded
  private Recorded recorded;

  protected PlanFollowUp() {}

  public PlanFollowUp(Long planId, String groupId, ConsultationFollowUp.Kind kind, String note, String by) {
    this.planId = planId;
    this.groupId = groupId;
    this.kind = kind;
    this.note = note;
    this.recorded = Recorded.by(by);
  }

  public String getGroupId() { return groupId; }
  public ConsultationFollowUp.Kind getKind() { return kind; }
  public String getNote() { return note; }
}
