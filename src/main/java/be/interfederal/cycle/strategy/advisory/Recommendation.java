package be.interfederal.cycle.strategy.advisory;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The advisory panel's recommendation on one strategic objective, in Dutch and French. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PartOfCycle {

  /** Column size of the texts (V2 migration). */
  static final int TEXT_LENGTH = 8000;

  @Column(name = "objective_number", nullable = false)
  private int objectiveNumber;

  @Column(name = "text_nl", nullable = false, length = TEXT_LENGTH)
  private String textNl;

  @Column(name = "text_fr", nullable = false, length = TEXT_LENGTH)
  private String textFr;

  @Embedded
  private Recorded recorded;

  protected Recommendation() {}

  public Recommendation(String cycleKey, int objectiveNumber) {
    super(cycleKey);
    this.objectiveNumber = objectiveNumber;
  }

  public void record(String nl, String fr, String by) {
    textNl = nl;
    textFr = fr;
    recorded = Recorded.by(by);
  }

  public int getObjectiveNumber() { return objectiveNumber; }
  public String getTextNl() { return textNl; }
  public String getTextFr() { return textFr; }
}
