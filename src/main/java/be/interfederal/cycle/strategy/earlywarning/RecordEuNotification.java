package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Task notifyEuWarningSystem (form early-warning-eu-notification): Sciensano records when it notified the EU Early
 * Warning System of the EUDA, and the EU's reference if there is one.
 */
@Component("recordEuNotification")
record RecordEuNotification(EarlyWarningRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("euNotifiedOn", "De datum van de melding", "La date de la notification")
      .field("euReference", "De referentie van de EU", "La référence de l'UE");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    LocalDate on = form.date("euNotifiedOn");
    if (on != null && on.isAfter(EngineClock.today())) {
      form.problem("De melding ligt in de toekomst", "La notification est dans le futur");
    }
    String reference = form.optionalText("euReference", EarlyWarning.REFERENCE_LENGTH);
    String key = task.getProcessBusinessKey();
    int number = records.numberOf(task.getProcessInstanceId());
    return () -> records.warning(key, number).notifiedToEu(on, reference);
  }
}
