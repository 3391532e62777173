package be.interfederal.cycle.strategy.domain;

import be.interfederal.cycle.platform.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who recorded a row and when, on the engine clock: the audit columns {@code recorded_by} and {@code recorded_at}
 * of every table that keeps what a user submitted (one naming scheme, migration V4).
 */
@Embeddable
public class Recorded {

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Recorded() {}

  private Recorded(String by, Instant at) {
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** Recorded now by this user (or the engine: {@code Actor.SYSTEM}). */
  public static Recorded by(String user) {
    return new Recorded(user, EngineClock.now());
  }

  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
