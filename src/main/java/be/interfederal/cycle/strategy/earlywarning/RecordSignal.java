package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.ReadsForm;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start of an early warning (form early-warning-signal): refuses a signal without its substance or threat,
 * description, source, date (not in the future) or geography, or without a running cycle to belong to; records it
 * as the cycle's next warning. The warning's business key is its cycle's (see {@link WarningCycles}).
 */
@Component("recordSignal")
record RecordSignal(WarningCycles warningCycles, Cycles cycles, EarlyWarningRecords records)
    implements ExecutionListener, ReadsForm {

  private static final FormFields FIELDS = FormFields.of()
      .field("substance", "De stof of dreiging", "La substance ou menace")
      .field("signalDescription", "De beschrijving", "La description")
      .field("signalSource", "De bron", "La source")
      .field("signalDate", "De datum van het signaal", "La date du signal")
      .field("geography", "Het gebied", "La zone géographique");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public void notify(DelegateExecution execution) {
    FormInput form = FormInput.of(execution, FIELDS);
    String substance = form.text("substance", EarlyWarning.SHORT_LENGTH);
    String description = form.text("signalDescription", EarlyWarning.TEXT_LENGTH);
    String source = form.text("signalSource", EarlyWarning.SHORT_LENGTH);
    LocalDate date = form.date("signalDate");
    if (date != null && date.isAfter(EngineClock.today())) {
      form.problem("De datum van het signaal ligt in de toekomst", "La date du signal est dans le futur");
    }
    String geography = form.text("geography", EarlyWarning.SHORT_LENGTH);
    String cycleKey = cycleKey(execution.getProcessBusinessKey(), form);
    form.check();

    EarlyWarning warning = records.register(cycleKey, execution.getProcessInstanceId(),
        new EarlyWarning.Signal(substance, description, source, date, geography), Actor.current());
    Cycle cycle = cycles.cycle(cycleKey);
    execution.setProcessBusinessKey(cycleKey);
    execution.setVariable(Variables.WARNING_NUMBER, warning.getNumber());
    execution.setVariable(Variables.CYCLE_TITLE, cycle.getTitle());
    execution.setVariable(Variables.PHASE_NAME, "Vroegtijdige waarschuwing " + warning.getNumber() + " / Alerte précoce "
        + warning.getNumber());
  }

  /** The cycle given as business key, or the running cycle that covers today. */
  private String cycleKey(String given, FormInput form) {
    if (given != null && !given.isBlank()) {
      if (!warningCycles.running(given)) {
        form.problem("Er loopt geen beleidscyclus met sleutel '" + given + "'",
            "Aucun cycle politique en cours n'a la clé '" + given + "'");
      }
      return given;
    }
    return warningCycles.coveringToday().map(Cycle::getBusinessKey).orElseGet(() -> {
      form.problem("Er loopt geen beleidscyclus die " + EngineClock.today().getYear() + " dekt: start eerst een cyclus",
          "Aucun cycle politique en cours ne couvre " + EngineClock.today().getYear() + " : démarrez d'abord un cycle");
      return null;
    });
  }
}
