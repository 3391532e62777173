package be.interfederal.cycle.strategy.mestrategy;

/** Whether an indicator is a number or a description. */
public enum IndicatorKind { quantitative, qualitative }
