package be.interfederal.cycle.strategy.analysis;

/** A foresight trend's priority, as in the 2024–2025 exercise. */
public enum TrendPriority { high, lower }
