package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The value a data provider delivered for one indicator in one monitoring round (a number or a short text). */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends Identified {

  /** Column sizes (V10 migration). */
  public static final int VALUE_LENGTH = 200;
  public static final int NOTE_LENGTH = 1000;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "indicator_id", nullable = false)
  private Long indicatorId;

  @Column(name = "reported_value", nullable = false, length = VALUE_LENGTH)
  private String value;

  @Column(length = NOTE_LENGTH)
  private String note;

  @Embedded
  private Recorded recorded;

  protected IndicatorValue() {}

  public IndicatorValue(Long roundId, Long indicatorId) {
    this.roundId = roundId;
    this.indicatorId = indicatorId;
  }

  public void report(String reported, String remark, String by) {
    value = reported;
    note = remark;
    recorded = Recorded.by(by);
  }

  public Long getRoundId() { return roundId; }
  public Long getIndicatorId() { return indicatorId; }
  public String getValue() { return value; }
  public String getNote() { return note; }
  public Recorded getRecorded() { return recorded; }
}
