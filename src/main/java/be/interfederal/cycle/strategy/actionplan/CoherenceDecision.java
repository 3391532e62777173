package be.interfederal.cycle.strategy.actionplan;

/** The GDPC secretariat's check of a plan against the strategy (form plan-coherence, gateway planCoherent). */
public enum CoherenceDecision { accepted, sendBack }
