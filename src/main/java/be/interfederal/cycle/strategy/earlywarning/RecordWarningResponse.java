package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Task acknowledgeWarning (form early-warning-response): an informed group acknowledges and records the measures taken. */
@Component("recordWarningResponse")
record RecordWarningResponse(EarlyWarningRecords records, EarlyWarnings warnings, GroupMembership membership)
    implements FormListener {

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
    int number = records.numberOf(task.getProcessInstanceId());
    // the group is a multi-instance variable a submission could overwrite: it must be one the warning went to, and the
    // user must belong to it
    Object value = task.getVariable(Variables.CONCERNED_GROUP);
    String group = value instanceof String text ? text : null;
    EarlyWarning warning = records.warning(key, number);
    if (group == null || !warnings.concernedGroups(warning.getGovernments(), Boolean.TRUE.equals(warning.getCrimeRelated()))
        .contains(group)) {
      form.problem("Deze waarschuwing werd niet gedeeld met '" + value + "'",
          "Cette alerte n'a pas été partagée avec '" + value + "'");
    } else {
      membership.check(form, group);
    }
    String by = Actor.current();
    return () -> records.respond(key, number, group, WarningResponse.Kind.RESPONSE, measures, by);
  }
}
