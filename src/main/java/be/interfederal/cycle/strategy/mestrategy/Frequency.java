package be.interfederal.cycle.strategy.mestrategy;

/** How often an indicator is measured: monitoring is "continuous and periodic" (strategy 2026–2029, 6.3). */
public enum Frequency { continuous, yearly, adHoc }
