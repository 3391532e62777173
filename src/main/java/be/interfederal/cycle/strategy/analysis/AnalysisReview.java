package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The GDPC chair's validation of the situation analysis, or its sending back for completion (kept per review). */
@Entity
@Table(name = "analysis_review")
public class AnalysisReview extends PartOfCycle {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnalysisDecision decision;

  @Column(length = 4000)
  private String remarks;

  @Embedded
  private Recorded recorded;

  protected AnalysisReview() {}

  public AnalysisReview(String cycleKey, AnalysisDecision decision, String remarks, String by) {
    super(cycleKey);
    this.decision = decision;
    this.remarks = remarks;
    this.recorded = Recorded.by(by);
  }

  public AnalysisDecision getDecision() { return decision; }
  public String getRemarks() { return remarks; }
  public Recorded getRecorded() { return recorded; }
}
