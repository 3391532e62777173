package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.platform.EngineClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Reads what a user submitted with a task form, whichever way it came (Tasklist's Camunda Form or embedded form,
 * the REST API, the Java API), and refuses bad input with a message in Dutch and French. Only the fields declared
 * in the listener's {@link FormFields} can be read; the labels in the messages come from there. The refusal is a
 * {@link FormFieldValidationException}: the REST API answers 400 with the message, Tasklist shows it, the
 * transaction rolls back and the task stays open.
 */
public final class FormInput {

  /**
   * The longest text a form can submit as a field of its own: the engine keeps every submitted field as a string
   * process variable (TEXT_ of ACT_RU_VARIABLE and of the history tables is varchar(4000)), and a longer one fails
   * when the task's transaction is written, as a 500, whatever column the text is meant for. Texts inside rows travel
   * as Json and are held only by their own columns.
   */
  public static final int VARIABLE_LENGTH = 4000;

  /**
   * The years a date in a form may fall in. No form of a cycle speaks of a day before the federal drug policy note
   * (2001) or far beyond the next cycles, so a date outside them is a typing error (20226, 0226), refused before it
   * is stored and computed with; the forms check their own, narrower periods on top.
   */
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  private final VariableScope scope;
  private final FormFields fields;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> reportedTooLong = new HashSet<>();
  private final Set<String> wrongType = new HashSet<>();

  private FormInput(VariableScope scope, FormFields fields) {
    this.scope = scope;
    this.fields = fields;
  }

  public static FormInput of(VariableScope scope, FormFields fields) {
    return new FormInput(scope, fields);
  }

  private Object value(String name) {
    fields.get(name);
    return scope.getVariable(name);
  }

  /** Whether the form submitted the field at all (a task of an earlier model version may not have it). */
  public boolean submitted(String name) {
    fields.get(name);
    return scope.hasVariable(name);
  }

  /** A required text; blank counts as missing. */
  public String text(String name) {
    String value = optionalText(name);
    if (value == null && !wrongType.contains(name)) {
      missing(name);
    }
    return value;
  }

  /**
   * A text, or a number typed into a text field; anything else (a JSON object or list, a date object, a file) is the
   * caller's error, not a text to keep as its {@code toString()}.
   */
  public String optionalText(String name) {
    Object value = value(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof CharSequence || value instanceof Number)) {
      wrongType(name, "is geen tekst", "n'est pas un texte");
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** A required text that must fit its column, and the engine's variable ({@link #VARIABLE_LENGTH}). */
  public String text(String name, int maxLength) {
    String value = text(name);
    tooLong(name, value, Math.min(maxLength, VARIABLE_LENGTH));
    return value;
  }

  /** An optional text that must fit its column, and the engine's variable ({@link #VARIABLE_LENGTH}). */
  public String optionalText(String name, int maxLength) {
    String value = optionalText(name);
    tooLong(name, value, Math.min(maxLength, VARIABLE_LENGTH));
    return value;
  }

  /**
   * A year ({@link #FIRST_YEAR}–{@link #LAST_YEAR}) as a form's number field sends it, or as a text; anything else is
   * refused, naming the field. Absent or blank is null: whether it is required is the form's rule.
   */
  public Integer year(String name) {
    Object value = value(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    BigDecimal number = value instanceof CharSequence || value instanceof Number ? Values.decimal(value) : null;
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      wrongType(name, "is geen jaartal: '" + abbreviated(value.toString()) + "'",
          "n'est pas une année : '" + abbreviated(value.toString()) + "'");
      return null;
    }
    boolean plausible = number.compareTo(BigDecimal.valueOf(FIRST_YEAR)) >= 0
        && number.compareTo(BigDecimal.valueOf(LAST_YEAR)) <= 0;
    return withinYears(name, plausible, number.toPlainString()) ? number.intValueExact() : null;
  }

  /** One of the allowed values of an enum, by its name. */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      FormFields.Field field = fields.get(name);
      problem("'" + value + "' is geen geldige keuze voor " + field.labelNl(),
          "'" + value + "' n'est pas un choix valable pour " + field.labelFr());
      return null;
    }
  }

  /** A date: a java.util.Date, or an ISO date (2026-03-02) or date-time string as the forms submit it. */
  public LocalDate date(String name) {
    Object value = value(name);
    if (value == null || value.toString().isBlank()) {
      missing(name);
      return null;
    }
    LocalDate date;
    if (value instanceof Date given) {
      date = given.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    } else {
      String text = value.toString().trim();
      try {
        date = text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        wrongType(name, "is geen geldige datum (JJJJ-MM-DD): '" + abbreviated(text) + "'",
            "n'est pas une date valable (AAAA-MM-JJ) : '" + abbreviated(text) + "'");
        return null;
      }
    }
    return withinYears(name, date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR, date.toString()) ? date : null;
  }

  /** A yes/no field: true, false, or their text; absent or blank is false; anything else is refused. */
  public boolean flag(String name) {
    Object value = value(name);
    Boolean flag = Values.flag(value);
    if (flag == null) {
      String text = abbreviated(value.toString());
      wrongType(name, "is geen ja of nee: '" + text + "'", "n'est ni oui ni non : '" + text + "'");
    }
    return Boolean.TRUE.equals(flag);
  }

  /** A list of rows (an embedded form's list, or a JSON array sent through the REST API). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(String name) {
    Object value = value(name);
    if (value == null) {
      return List.of();
    }
    // a malformed submission is the caller's error (400), not a server fault
    List<?> rows = SubmittedLists.rows(value);
    if (rows == null) {
      wrongType(name, "(geen lijst van rijen ontvangen)", "(aucune liste de lignes reçue)");
      return List.of();
    }
    SubmittedLists.ObjectCell object = SubmittedLists.objectCell(rows);
    if (object != null) {
      wrongType(name, "(rij " + object.row() + ", kolom " + object.column() + ": geen tekst of getal)",
          "(ligne " + object.row() + ", colonne " + object.column() + " : ni un texte ni un nombre)");
      return List.of();
    }
    return (List<Map<String, Object>>) rows;
  }

  /** A list of strings (a Camunda Forms checklist or tag list); anything else is the caller's error (400). */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    Object value = value(name);
    if (value == null) {
      return List.of();
    }
    List<?> items = SubmittedLists.strings(value);
    if (items == null) {
      wrongType(name, "(geen lijst van waarden ontvangen)", "(aucune liste de valeurs reçue)");
      return List.of();
    }
    return ((List<String>) items).stream().distinct().toList();
  }

  /** Refuses a text longer than its column holds; returns whether it did. */
  public boolean tooLong(String name, String value, int maxLength) {
    if (value == null || value.length() <= maxLength) {
      return false;
    }
    FormFields.Field field = fields.get(name);
    problem(Problem.tooLong(field.labelNl(), field.labelFr(), maxLength, value.length()));
    reportedTooLong.add(name);
    return true;
  }

  /**
   * Refuses any submitted text the engine cannot keep as a variable: a field read as a flag or a number, or one the
   * listener does not read at all (the REST API accepts any variable). A variable already stored fits, so a longer
   * one in scope was submitted now.
   */
  private void unstorableTexts() {
    scope.getVariables().forEach((name, value) -> {
      if (value instanceof String text && text.length() > VARIABLE_LENGTH && !reportedTooLong.contains(name)) {
        String nl = fields.find(name).map(FormFields.Field::labelNl).orElse("Het veld " + name);
        String fr = fields.find(name).map(FormFields.Field::labelFr).orElse("Le champ " + name);
        problem(Problem.tooLong(nl, fr, VARIABLE_LENGTH, text.length()));
      }
    });
  }

  /** Whether a date or year lies in {@link #FIRST_YEAR}–{@link #LAST_YEAR}; refuses it, as it was sent, when not. */
  private boolean withinYears(String name, boolean within, String shown) {
    if (!within) {
      wrongType(name, "(" + shown + ") ligt niet tussen " + FIRST_YEAR + " en " + LAST_YEAR,
          "(" + shown + ") n'est pas compris entre " + FIRST_YEAR + " et " + LAST_YEAR);
    }
    return within;
  }

  /** A value of the wrong kind: said once, and not also reported as missing. */
  private void wrongType(String name, String nl, String fr) {
    FormFields.Field field = fields.get(name);
    problem(field.labelNl() + " " + nl, field.labelFr() + " " + fr);
    wrongType.add(name);
  }

  /** A value as a message quotes it: at most 40 characters of it. */
  public static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  public void missing(String name) {
    FormFields.Field field = fields.get(name);
    problem(field.labelNl() + " is verplicht", field.labelFr() + " est obligatoire");
  }

  public void problem(String nl, String fr) {
    problems.add(nl + " / " + fr);
  }

  public void problem(Problem problem) {
    problem(problem.nl(), problem.fr());
  }

  /** A problem already written in both languages ("… / …"). */
  public void problem(String bilingual) {
    problems.add(bilingual);
  }

  /** Whether the field was sent with a value of the wrong kind (and said so): not to be called missing as well. */
  public boolean refused(String name) {
    return wrongType.contains(name);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the submission when anything was wrong, naming every problem. */
  public void check() {
    unstorableTexts();
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException("form", String.join("; ", problems));
    }
  }
}
