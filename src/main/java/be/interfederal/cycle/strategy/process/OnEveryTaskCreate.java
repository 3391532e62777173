package be.interfederal.cycle.strategy.process;

import org.camunda.bpm.engine.delegate.TaskListener;

/** A task listener that {@link CycleEnginePlugin} attaches to the "create" event of every user task. */
public interface OnEveryTaskCreate extends TaskListener {}
