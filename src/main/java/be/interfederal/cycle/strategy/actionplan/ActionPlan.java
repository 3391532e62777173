package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A cycle's action plan of one kind: the GDPC secretariat's coherence check, the chair's closing, the approval. */
@Entity
@Table(name = "action_plan")
public class ActionPlan extends PartOfCycle {

  /** Column size of the remarks and the motivation (V6 migration). */
  public static final int TEXT_LENGTH = 4000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionPlanKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "coherence_decision")
  private CoherenceDecision coherenceDecision;

  @Column(name = "coherence_remarks", length = TEXT_LENGTH)
  private String coherenceRemarks;

  @Column(name = "coverage_motivation", length = TEXT_LENGTH)
  private String coverageMotivation;

  @Column(name = "approved_on")
  private LocalDate approvedOn;

  @Column(name = "amendment_motivation", length = TEXT_LENGTH)
  private String amendmentMotivation;

  protected ActionPlan() {}

  public ActionPlan(String cycleKey, ActionPlanKind kind) {
    super(cycleKey);
    this.kind = kind;
  }

  public void checked(CoherenceDecision decision, String remarks) {
    coherenceDecision = decision;
    coherenceRemarks = remarks;
  }

  public void closed(String motivation) {
    coverageMotivation = motivation;
  }

  public void approve(LocalDate on) {
    approvedOn = on;
  }

  /**
   * A monitoring round's amendment opens the plan again: it is a draft until the TMD approves it (the approved
   * version stays readable as the previous ACTION_PLAN document).
   */
  public void amend(String motivation) {
    approvedOn = null;
    amendmentMotivation = motivation;
  }

  public ActionPlanKind getKind() { return kind; }
  public CoherenceDecision getCoherenceDecision() { return coherenceDecision; }
  public String getCoherenceRemarks() { return coherenceRemarks; }
  public String getCoverageMotivation() { return coverageMotivation; }
  public LocalDate getApprovedOn() { return approvedOn; }
  public String getAmendmentMotivation() { return amendmentMotivation; }
}
