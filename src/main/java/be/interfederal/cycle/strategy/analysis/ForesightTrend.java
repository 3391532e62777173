package be.interfederal.cycle.strategy.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A trend from the foresight exercise, with its priority (high or lower, as in the 2024–2025 exercise). */
@Embeddable
public class ForesightTrend {

  /** Column size of foresight_trend.trend (V2 migration). */
  public static final int TREND_LENGTH = 1000;

  @Column(nullable = false, length = TREND_LENGTH)
  private String trend;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TrendPriority priority;

  protected ForesightTrend() {}

  public ForesightTrend(String trend, TrendPriority priority) {
    this.trend = trend;
    this.priority = priority;
  }

  public String getTrend() { return trend; }
  public TrendPriority getPriority() { return priority; }
}
