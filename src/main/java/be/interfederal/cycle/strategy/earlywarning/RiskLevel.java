package be.interfederal.cycle.strategy.earlywarning;

/** Sciensano's rapid risk assessment of a signal: low is recorded only; moderate and high are shared and communicated. */
public enum RiskLevel { low, moderate, high }
