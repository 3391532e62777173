package be.interfederal.cycle.strategy.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row with a generated id, the first column of every table of the cycle but the cycle itself. */
@MappedSuperclass
public abstract class Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  public Long getId() { return id; }
}
