package be.interfederal.cycle.strategy.start;

import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.ReadsForm;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start form of a cycle (cycle-start): refuses a cycle without a title or a valid period, or with a business
 * key already taken, and gives a cycle started without a key (from Tasklist) one from its period.
 */
@Component("validateCycleStart")
record ValidateCycleStart(CycleRegistry registry) implements ExecutionListener, ReadsForm {

  private static final FormFields FIELDS = FormFields.of()
      .field(Variables.TITLE, "De titel", "Le titre")
      .field(Variables.PERIOD_START, "Het beginjaar", "L'année de début")
      .field(Variables.PERIOD_END, "Het eindjaar", "L'année de fin")
      .field(Variables.PREDECESSOR_KEY, "De vorige cyclus", "Le cycle précédent");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput form = FormInput.of(execution, FIELDS);
    Integer start = form.year(Variables.PERIOD_START);
    Integer end = form.year(Variables.PERIOD_END);
    // the cycle is registered by an asynchronous job: a title its column cannot hold would fail there, unseen
    String title = form.optionalText(Variables.TITLE, Cycle.TITLE_LENGTH);
    String businessKey = execution.getProcessBusinessKey();
    if ((businessKey == null || businessKey.isBlank()) && start != null && end != null) {
      var history = execution.getProcessEngineServices().getHistoryService();
      execution.setProcessBusinessKey(registry.proposeBusinessKey(start, end, key -> history
          .createHistoricProcessInstanceQuery().processDefinitionKey(CycleRegistry.PROCESS_KEY)
          .processInstanceBusinessKey(key).count() > 0));
    }
    // a field sent with the wrong kind of value was said to be so, not missing
    CycleRegistry.withoutMissing(registry.problems(execution.getProcessBusinessKey(), title, start, end,
        form.optionalText(Variables.PREDECESSOR_KEY, Cycle.KEY_LENGTH)), form.refused(Variables.TITLE),
        form.refused(Variables.PERIOD_START) || form.refused(Variables.PERIOD_END)).forEach(form::problem);
    form.check();
    execution.setVariable(Variables.CYCLE_TITLE, execution.getVariable(Variables.TITLE));
    execution.setVariable(Variables.PERIOD_START, start);
    execution.setVariable(Variables.PERIOD_END, end);
  }
}
