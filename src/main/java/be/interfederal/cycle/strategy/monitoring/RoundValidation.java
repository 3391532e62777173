package be.interfederal.cycle.strategy.monitoring;

/** The GDPC chair's decision on a consolidated monitoring report. */
public enum RoundValidation { validated, sentBack }
