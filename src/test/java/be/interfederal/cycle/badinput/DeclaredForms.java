package be.interfederal.cycle.badinput;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.ReadsForm;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.springframework.context.ApplicationContext;

/**
 * The fields each form declares, found as the engine finds its listener: the deployed models name a bean on each
 * user task (and on each process's start), and the bean that reads a form declares its fields. Nothing is listed by
 * hand, so a new task or form is in the catalogue the day it is deployed.
 */
final class DeclaredForms {

  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");

  private final Map<String, FormFields> tasks = new HashMap<>();
  private final Map<String, FormFields> starts = new HashMap<>();

  DeclaredForms(RepositoryService repository, ApplicationContext beans) {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        fields(task, beans).ifPresent(fields -> tasks.put(task.getId(), fields));
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        fields(process, beans).ifPresent(fields -> starts.put(definition.getKey(), fields));
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof Process) {
          fields(start, beans).ifPresent(fields -> starts.put(definition.getKey(), fields));
        }
      }
    }
  }

  private static java.util.Optional<FormFields> fields(BaseElement element, ApplicationContext beans) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return java.util.Optional.empty();
    }
    for (CamundaExecutionListener listener : extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list()) {
      String expression = listener.getCamundaDelegateExpression();
      Matcher bean = BEAN.matcher(expression == null ? "" : expression);
      if (bean.matches() && beans.containsBean(bean.group(1)) && beans.getBean(bean.group(1)) instanceof ReadsForm form) {
        return java.util.Optional.of(form.fields());
      }
    }
    return java.util.Optional.empty();
  }

  /** The fields of a task's form, by its task definition key. */
  FormFields ofTask(String taskKey) {
    FormFields fields = tasks.get(taskKey);
    if (fields == null) {
      throw new AssertionError("No listener on " + taskKey + " reads a form (known: " + tasks.keySet() + ")");
    }
    return fields;
  }

  FormFields ofStart(String processKey) {
    FormFields fields = starts.get(processKey);
    if (fields == null) {
      throw new AssertionError("No listener reads the start form of " + processKey + " (known: " + starts.keySet() + ")");
    }
    return fields;
  }

  java.util.Set<String> taskKeys() {
    return tasks.keySet();
  }
}
