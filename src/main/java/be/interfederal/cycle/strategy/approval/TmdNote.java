package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import java.time.LocalDate;

/**
 * The TMD taking note of a report (an evaluation, a monitoring report): the day of its meeting, not in the future, and
 * its remarks. The fields of the forms {@code evaluation-note} and {@code monitoring-note}.
 */
public record TmdNote(LocalDate on, String remarks) {

  public static final FormFields FIELDS = FormFields.of()
      .field("notedOn", "De datum van de vergadering", "La date de la réunion")
      .field("noteRemarks", "De opmerkingen van de TVD", "Les remarques de la RTD");

  public static TmdNote read(FormInput form, int remarksLength) {
    LocalDate on = form.date("notedOn");
    if (on != null && on.isAfter(EngineClock.today())) {
      form.problem("De vergadering ligt in de toekomst", "La réunion est dans le futur");
    }
    return new TmdNote(on, form.optionalText("noteRemarks", remarksLength));
  }
}
