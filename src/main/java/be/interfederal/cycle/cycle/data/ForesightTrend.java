package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A trend from the foresight exercise, with its priority (high or lower, as in the 2024–2025 exercise). */
@Embeddable
public class ForesightTrend {

  @Column(nullable = false, length = 1000)
  private String trend;

  @Column(nullable = false)
  private String priority;

  protected ForesightTrend() {}

  public ForesightTrend(String trend, String priority) {
    this.trend = trend;
    this.priority = priority;
  }

  public String getTrend() { return trend; }
  public String getPriority() { return priority; }
}
