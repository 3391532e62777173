package be.interfederal.cycle.strategy.cndcplan;

import be.interfederal.cycle.strategy.actionplan.ActionPlan;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationFollowUp;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 6, task followUpLateCndcPlan (form overdue-follow-up): the chair's follow-up of a late CNDC plan. */
@Component("recordCndcFollowUp")
record RecordCndcFollowUp(ActionPlanRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("followUpNote", "De genomen actie", "L'action entreprise");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String note = form.text("followUpNote", ActionPlan.TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    String by = Actor.current();
    return () -> records.followUp(key, ActionPlanKind.cndc, RecordCndcActions.CNDC, ConsultationFollowUp.Kind.ESCALATION,
        note, by);
  }
}
