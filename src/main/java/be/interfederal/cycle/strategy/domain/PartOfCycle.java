package be.interfederal.cycle.strategy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one cycle, by the cycle's business key. */
@MappedSuperclass
public abstract class PartOfCycle extends Identified {

  @Column(name = "cycle_key", nullable = false)
  private String cycleKey;

  protected PartOfCycle() {}

  protected PartOfCycle(String cycleKey) {
    this.cycleKey = cycleKey;
  }

  public String getCycleKey() { return cycleKey; }
}
