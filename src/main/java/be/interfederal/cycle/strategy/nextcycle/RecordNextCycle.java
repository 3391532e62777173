package be.interfederal.cycle.strategy.nextcycle;

import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Task startNextCycle (form next-cycle): the TMD secretariat starts the next cycle, which builds on this one (its
 * predecessor: it starts from this strategy's texts and objectives). The next period must start after this one
 * started and at the latest the year after it ends. The new cycle starts in the same transaction as the task ends:
 * both happen, or neither.
 */
@Component("recordNextCycle")
record RecordNextCycle(CycleRegistry registry) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("nextCycleTitle", "De titel van de volgende cyclus", "Le titre du cycle suivant")
      .field("nextPeriodStart", "Het beginjaar", "L'année de début")
      .field("nextPeriodEnd", "Het eindjaar", "L'année de fin");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String title = form.text("nextCycleTitle", Cycle.TITLE_LENGTH);
    Integer start = form.year("nextPeriodStart");
    Integer end = form.year("nextPeriodEnd");
    int currentStart = Values.integer(task.getVariable(Variables.PERIOD_START));
    int currentEnd = Values.integer(task.getVariable(Variables.PERIOD_END));
    String key = task.getProcessBusinessKey();
    if (start != null && (start <= currentStart || start > currentEnd + 1)) {
      form.problem("De volgende cyclus begint na " + currentStart + " en uiterlijk in " + (currentEnd + 1),
          "Le cycle suivant commence après " + currentStart + " et au plus tard en " + (currentEnd + 1));
    }
    String proposedKey = start == null || end == null ? key : registry.proposeBusinessKey(start, end, k -> false);
    // a field sent with the wrong kind of value was said to be so, not missing
    CycleRegistry.withoutMissing(registry.problems(proposedKey, title, start, end, key), form.refused("nextCycleTitle"),
        form.refused("nextPeriodStart") || form.refused("nextPeriodEnd")).forEach(form::problem);
    return () -> {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(Variables.TITLE, title);
      variables.put(Variables.PERIOD_START, start);
      variables.put(Variables.PERIOD_END, end);
      variables.put(Variables.PREDECESSOR_KEY, key);
      ProcessInstance next = task.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(CycleRegistry.PROCESS_KEY, variables);
      task.getProcessInstance().setVariable(Variables.NEXT_CYCLE_KEY, next.getBusinessKey());
    };
  }
}
