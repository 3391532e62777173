package be.interfederal.cycle.strategy.actionplan;

/** The National Drugs Office's own plan for its remit, or the interfederal plan of every competent government. */
public enum ActionPlanKind { cndc, interfederal }
