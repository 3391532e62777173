package be.interfederal.cycle.strategy.analysis;

/** How a data provider collected an indicator. */
public enum Method { survey, register, wastewater, seizures, treatmentData, other }
