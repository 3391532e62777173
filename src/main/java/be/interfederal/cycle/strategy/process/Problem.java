package be.interfederal.cycle.strategy.process;

/** What is wrong with a submission, in Dutch and French, as the form's 400 answer says it. */
public record Problem(String nl, String fr) {}
