package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * What an action's owner reported in one monitoring round. It names the action by plan, position and title rather
 * than by its row, which an amendment of the plan replaces: the round's history must stay as it was reported.
 */
@Entity
@Table(name = "action_progress")
public class ActionProgress extends Identified {

  /** Column sizes (V10 migration). */
  public static final int REASON_LENGTH = 1000;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_kind", nullable = false)
  private ActionPlanKind planKind;

  @Column(name = "action_position", nullable = false)
  private int position;

  @Column(name = "action_title_nl", nullable = false)
  private String titleNl;

  @Column(name = "action_title_fr", nullable = false)
  private String titleFr;

  @Column(name = "owner_group", nullable = false)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgressStatus status;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Column(name = "budget_spent")
  private BigDecimal budgetSpent;

  @Embedded
  private Recorded recorded;

  protected ActionProgress() {}

  public ActionProgress(Long roundId, ActionPlanKind planKind, int position) {
    this.roundId = roundId;
    this.planKind = planKind;
    this.position = position;
  }

  public void report(Progress progress, String by) {
    titleNl = progress.titleNl();
    titleFr = progress.titleFr();
    owner = progress.owner();
    status = progress.status();
    reason = progress.reason();
    budgetSpent = progress.budgetSpent();
    recorded = Recorded.by(by);
  }

  public String getTitle(String language) {
    return "fr".equals(language) ? titleFr : titleNl;
  }

  public Long getRoundId() { return roundId; }
  public ActionPlanKind getPlanKind() { return planKind; }
  public int getPosition() { return position; }
  public String getOwner() { return owner; }
  public ProgressStatus getStatus() { return status; }
  public String getReason() { return reason; }
  public BigDecimal getBudgetSpent() { return budgetSpent; }
  public Recorded getRecorded() { return recorded; }
}
