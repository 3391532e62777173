package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tasks followUpLateAssessment and followUpLateResponse (form early-warning-follow-up): the chair's (or deputy's)
 * follow-up when Sciensano's assessment or an informed group's answer is late.
 */
@Component("recordWarningFollowUp")
record RecordWarningFollowUp(EarlyWarningRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("followUpNote", "De genomen actie", "L'action entreprise");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String note = form.text("followUpNote", WarningResponse.NOTE_LENGTH);
    String key = task.getProcessBusinessKey();
    int number = records.numberOf(task.getProcessInstanceId());
    // an informed group's late answer, or else Sciensano's late assessment
    Object group = task.getVariable(Variables.CONCERNED_GROUP);
    String late = group != null ? group.toString() : EarlyWarnings.ASSESSOR;
    String by = Actor.current();
    return () -> records.respond(key, number, late, WarningResponse.Kind.ESCALATION, note, by);
  }
}
