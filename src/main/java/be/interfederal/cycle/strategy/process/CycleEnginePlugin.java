package be.interfederal.cycle.strategy.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds the application's task listeners to every user task of every model, so that a revised model deployed from
 * Camunda Modeler gets them without anyone having to remember to declare them.
 */
@Component
public class CycleEnginePlugin extends AbstractProcessEnginePlugin {

  private final List<OnEveryTaskCreate> onCreate;

  public CycleEnginePlugin(List<OnEveryTaskCreate> onCreate) {
    this.onCreate = onCreate;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          onCreate.forEach(l -> userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, l));
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
