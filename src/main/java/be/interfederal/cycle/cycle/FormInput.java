package be.interfederal.cycle.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a user submitted with a task form, whichever way it came (Tasklist's Camunda Form, the REST API, the
 * Java API), and refuses bad input with a message in Dutch and French. The refusal is a
 * {@link FormFieldValidationException}: the REST API answers 400 with the message, Tasklist shows it, the
 * transaction rolls back and the task stays open.
 */
public final class FormInput {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  private FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope);
  }

  /** A required text; blank counts as missing. */
  public String text(String name, String labelNl, String labelFr) {
    String value = optionalText(name);
    if (value == null) {
      missing(name, labelNl, labelFr);
    }
    return value;
  }

  public String optionalText(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** One of the allowed values of an enum, by its name. */
  public <E extends Enum<E>> E choice(String name, Class<E> type, String labelNl, String labelFr) {
    String value = text(name, labelNl, labelFr);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      problem(name, "'" + value + "' is geen geldige keuze voor " + labelNl, "'" + value + "' n'est pas un choix valable pour " + labelFr);
      return null;
    }
  }

  /** A date: a java.util.Date, or an ISO date (2026-03-02) or date-time string as Camunda Forms submit it. */
  public LocalDate date(String name, String labelNl, String labelFr) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      missing(name, labelNl, labelFr);
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(name, labelNl + " is geen geldige datum (JJJJ-MM-DD): '" + text + "'",
          labelFr + " n'est pas une date valable (AAAA-MM-JJ) : '" + text + "'");
      return null;
    }
  }

  public boolean flag(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A list of rows (a Camunda Forms dynamic list, or a JSON array sent through the REST API). */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(String name) {
    Object value = scope.getVariable(name);
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
        items = org.camunda.spin.Spin.JSON(text).mapTo(List.class);
      }
    } catch (RuntimeException unreadable) {
      items = null;
    }
    // every row must be an object: a malformed submission is the caller's error (400), not a server fault
    if (items == null || items.stream().anyMatch(item -> !(item instanceof Map<?, ?>))) {
      problem(name, name + " is geen lijst van rijen", name + " n'est pas une liste de lignes");
      return List.of();
    }
    return (List<Map<String, Object>>) items;
  }

  /** A list of strings (a Camunda Forms checklist or tag list). */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SpinJsonNode json) {
      return (List<String>) json.mapTo(List.class);
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      return (List<String>) org.camunda.spin.Spin.JSON(text).mapTo(List.class);
    }
    return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
  }

  /** Refuses a text longer than its column holds; returns whether it did. */
  public boolean tooLong(String field, String value, int maxLength, String labelNl, String labelFr) {
    if (value == null || value.length() <= maxLength) {
      return false;
    }
    problem(field, labelNl + " is langer dan " + maxLength + " tekens", labelFr + " dépasse " + maxLength + " caractères");
    return true;
  }

  public void missing(String field, String labelNl, String labelFr) {
    problem(field, labelNl + " is verplicht", labelFr + " est obligatoire");
  }

  public void problem(String field, String nl, String fr) {
    problems.add(nl + " / " + fr);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Refuses the submission when anything was wrong, naming every problem. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new FormFieldValidationException("form", String.join("; ", problems));
    }
  }
}
