package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.platform.setup.TasklistProperties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Copies the cycle's title, phase and business key onto every new user task as task variables. Tasklist shows them as the
 * filters' columns, and a cabinet may read its own task's variables but not the variables of the whole cycle. The free
 * texts a form shows get a copy that displays as typed ({@link ShownAsText}).
 */
@Component
public class TaskContextListener implements OnEveryTaskCreate {

  private final TasklistProperties properties;

  public TaskContextListener(TasklistProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    copy(task, properties.cycleVariable());
    copy(task, properties.phaseVariable());
    for (String name : ShownAsText.VARIABLES) {
      if (task.getVariable(name) instanceof String text) {
        task.setVariableLocal(name + ShownAsText.SUFFIX, ShownAsText.of(text));
      }
    }
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (businessKey != null) {
      task.setVariableLocal(Variables.CYCLE_KEY, businessKey);
    }
  }

  private static void copy(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    if (value != null) {
      task.setVariableLocal(name, value);
    }
  }
}
