package be.interfederal.cycle.strategy.mestrategy;

/** A data provider's answer on the indicators it is to deliver (form indicator-confirmation, gateway indicatorsConfirmed). */
public enum Confirmation { confirmed, objection }
