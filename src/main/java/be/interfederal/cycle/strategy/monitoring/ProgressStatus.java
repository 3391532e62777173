package be.interfederal.cycle.strategy.monitoring;

/** Where an action stands in a monitoring round; delayed and dropped need a reason. */
public enum ProgressStatus {
  notStarted, onTrack, delayed, done, dropped;

  public boolean needsReason() {
    return this == delayed || this == dropped;
  }
}
