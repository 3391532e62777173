package be.interfederal.cycle.strategy.advisory;

/** The advisory panel's verdict on its set of recommendations (form recommendations-validation, gateway setComplete). */
public enum PanelDecision { complete, incomplete }
