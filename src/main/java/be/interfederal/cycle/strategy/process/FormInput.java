package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.platform.EngineClock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

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

  private final VariableScope scope;
  private final FormFields fields;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> reportedTooLong = new HashSet<>();

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
    if (value == null) {
      missing(name);
    }
    return value;
  }

  public String optionalText(String name) {
    Object value = value(name);
    if (value == null) {
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
    if (value instanceof Date date) {
      return date.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      FormFields.Field field = fields.get(name);
      problem(field.labelNl() + " is geen geldige datum (JJJJ-MM-DD): '" + text + "'",
          field.labelFr() + " n'est pas une date valable (AAAA-MM-JJ) : '" + text + "'");
      return null;
    }
  }

  public boolean flag(String name) {
    Object value = value(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A list of rows (an embedded form's list, or a JSON array sent through the REST API). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(String name) {
    Object value = value(name);
    if (value == null) {
      return List.of();
    }
    List<?> items = null;
    try {
      if (value instanceof SpinJsonNode json && json.isArray()) {
        items = json.mapTo(List.class);
      } else if (value instanceof Collection<?> list) {
        items = new ArrayList<>(list);
      } else if (value instanceof String text && !text.isBlank() && text.trim().startsWith("[")) {
        items = Spin.JSON(text).mapTo(List.class);
      }
    } catch (RuntimeException unreadable) {
      items = null;
    }
    // every row must be an object: a malformed submission is the caller's error (400), not a server fault
    if (items == null || items.stream().anyMatch(item -> !(item instanceof Map<?, ?>))) {
      problem(name + " is geen lijst van rijen", name + " n'est pas une liste de lignes");
      return List.of();
    }
    return (List<Map<String, Object>>) items;
  }

  /** A list of strings (a Camunda Forms checklist or tag list); anything else is the caller's error (400). */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    Object value = value(name);
    if (value == null) {
      return List.of();
    }
    List<?> items;
    try {
      if (value instanceof SpinJsonNode json) {
        items = json.mapTo(List.class);
      } else if (value instanceof Collection<?> list) {
        items = new ArrayList<>(list);
      } else {
        String text = value.toString().trim();
        items = text.startsWith("[") ? Spin.JSON(text).mapTo(List.class)
            : text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
      }
    } catch (RuntimeException unreadable) {
      items = null;
    }
    if (items == null || items.stream().anyMatch(item -> !(item instanceof String))) {
      problem(name + " is geen lijst van waarden", name + " n'est pas une liste de valeurs");
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
    problem(field.labelNl() + " is langer dan " + maxLength + " tekens", field.labelFr() + " dépasse " + maxLength + " caractères");
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
        problem(nl + " is langer dan " + VARIABLE_LENGTH + " tekens", fr + " dépasse " + VARIABLE_LENGTH + " caractères");
      }
    });
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
