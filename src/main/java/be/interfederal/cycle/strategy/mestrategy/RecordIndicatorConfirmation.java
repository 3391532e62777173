package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task confirmIndicators (form indicator-confirmation): a data provider confirms it can deliver the
 * indicators assigned to it (and to the providers that deliver via it), or objects with its reasons.
 */
@Component("recordIndicatorConfirmation")
record RecordIndicatorConfirmation(MeStrategyRecords records, MeStrategies strategies, GroupMembership membership)
    implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .choice("indicatorConfirmation", Confirmation.class, "Het antwoord", "La réponse")
      .field("confirmationRemarks", "De redenen van het bezwaar", "Les motifs de l'objection");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    Confirmation answer = form.choice("indicatorConfirmation", Confirmation.class);
    String remarks = form.optionalText("confirmationRemarks", MeIndicator.REMARKS_LENGTH);
    if (answer == Confirmation.objection && remarks == null) {
      form.missing("confirmationRemarks");
    }
    String key = task.getProcessBusinessKey();
    String group = (String) task.getVariable(Variables.CONFIRMING_GROUP);
    membership.check(form, group);
    return () -> records.confirm(key, strategies.providersOf(group), answer,
        answer == Confirmation.objection ? remarks : null);
  }
}
