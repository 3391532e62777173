package be.interfederal.cycle.strategy.evaluation;

/** The two evaluations of a strategy, on the dates of its M&E strategy. */
public enum EvaluationKind { midTerm, last }
