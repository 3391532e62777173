package be.interfederal.cycle.strategy.earlywarning;

/** The chair's decision on the aligned communication drafted by the secretariat. */
public enum CommunicationDecision { approved, sendBack }
