package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task acknowledgeWarning (form early-warning-response): an informed group acknowledges and records the measures taken. */
@Component("recordWarningResponse")
record RecordWarningResponse(EarlyWarningRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("measuresTaken", "De genomen maatregelen", "Les mesures prises");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String measures = form.text("measuresTaken", WarningResponse.NOTE_LENGTH);
    String key = task.getProcessBusinessKey();
    int number = Values.integer(task.getVariable(Variables.WARNING_NUMBER));
    String group = (String) task.getVariable(Variables.CONCERNED_GROUP);
    String by = Actor.current();
    return () -> records.respond(key, number, group, WarningResponse.Kind.RESPONSE, measures, by);
  }
}
