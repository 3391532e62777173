package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The advisory panel's recommendation on one strategic objective, in Dutch and French. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_key", nullable = false)
  private String cycleKey;

  @Column(name = "objective_number", nullable = false)
  private int objectiveNumber;

  @Column(name = "text_nl", nullable = false, length = 8000)
  private String textNl;

  @Column(name = "text_fr", nullable = false, length = 8000)
  private String textFr;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Recommendation() {}

  public Recommendation(String cycleKey, int objectiveNumber) {
    this.cycleKey = cycleKey;
    this.objectiveNumber = objectiveNumber;
  }

  public void record(String nl, String fr, String by) {
    textNl = nl;
    textFr = fr;
    recordedBy = by;
    recordedAt = Instant.now();
  }

  public int getObjectiveNumber() { return objectiveNumber; }
  public String getTextNl() { return textNl; }
  public String getTextFr() { return textFr; }
}
