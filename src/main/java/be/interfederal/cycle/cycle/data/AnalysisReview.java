package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The GDPC chair's validation of the situation analysis, or its sending back for completion (kept per review). */
@Entity
@Table(name = "analysis_review")
public class AnalysisReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_key", nullable = false)
  private String cycleKey;

  @Column(nullable = false)
  private String decision;

  @Column(length = 4000)
  private String remarks;

  @Column(name = "reviewed_by", nullable = false)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt = Instant.now();

  protected AnalysisReview() {}

  public AnalysisReview(String cycleKey, String decision, String remarks, String reviewedBy) {
    this.cycleKey = cycleKey;
    this.decision = decision;
    this.remarks = remarks;
    this.reviewedBy = reviewedBy;
  }

  public String getDecision() { return decision; }
  public String getRemarks() { return remarks; }
}
