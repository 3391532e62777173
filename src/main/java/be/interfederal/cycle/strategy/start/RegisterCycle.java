package be.interfederal.cycle.strategy.start;

import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the cycle and the strategy it starts drafting from. */
@Component("registerCycle")
record RegisterCycle(CycleRegistry registry) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    registry.register(execution.getProcessBusinessKey(), (String) execution.getVariable(Variables.TITLE),
        Values.integer(execution.getVariable(Variables.PERIOD_START)),
        Values.integer(execution.getVariable(Variables.PERIOD_END)),
        (String) execution.getVariable(Variables.PREDECESSOR_KEY));
  }
}
