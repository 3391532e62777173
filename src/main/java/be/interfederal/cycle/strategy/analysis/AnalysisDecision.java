package be.interfederal.cycle.strategy.analysis;

/** The GDPC chair's decision on the situation analysis (form situation-validation, gateway analysisValidated). */
public enum AnalysisDecision { validated, sendBack }
