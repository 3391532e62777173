package be.interfederal.cycle.strategy.process;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The fields a task's form submits and its listener reads, with their labels in Dutch and French. This is the one
 * home of a form's field keys on the Java side: {@link FormInput} refuses to read a key that is not declared here,
 * and the contract test checks every form in {@code forms/} against the declaration of the listener of the task
 * that uses it (a renamed key, a missing field or an unknown choice fails the build).
 */
public final class FormFields {

  /**
   * One field.
   *
   * @param inEveryForm whether every form of the task must have it; false for a field that an earlier version of
   *     the form did not have, which the listener reads only when submitted
   * @param choices the values a radio, select or checklist may offer, or null for free input
   * @param columnChoices for a list of rows: the values each choice column may offer
   */
  public record Field(String key, String labelNl, String labelFr, boolean inEveryForm, Supplier<Set<String>> choices,
      Map<String, Supplier<Set<String>>> columnChoices) {}

  private final Map<String, Field> fields = new LinkedHashMap<>();

  private FormFields() {}

  public static FormFields of() {
    return new FormFields();
  }

  /** The names of an enum's constants: the values a form may offer for it. */
  public static Supplier<Set<String>> valuesOf(Class<? extends Enum<?>> type) {
    return () -> Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }

  /** A field every form of the task has (its value may still be optional). */
  public FormFields field(String key, String labelNl, String labelFr) {
    return add(new Field(key, labelNl, labelFr, true, null, Map.of()));
  }

  /** A field the listener reads only when the form submitted it. */
  public FormFields newerField(String key, String labelNl, String labelFr) {
    return add(new Field(key, labelNl, labelFr, false, null, Map.of()));
  }

  /** A field whose values are the constants of an enum (radio, select). */
  public FormFields choice(String key, Class<? extends Enum<?>> values, String labelNl, String labelFr) {
    return choice(key, valuesOf(values), labelNl, labelFr);
  }

  /** A field whose values come from reference data (a checklist of scope categories). */
  public FormFields choice(String key, Supplier<Set<String>> values, String labelNl, String labelFr) {
    return add(new Field(key, labelNl, labelFr, true, values, Map.of()));
  }

  /** A list of rows whose named columns offer the constants of an enum. */
  public FormFields rows(String key, String labelNl, String labelFr, Map<String, Class<? extends Enum<?>>> columnChoices) {
    Map<String, Supplier<Set<String>>> columns = new LinkedHashMap<>();
    columnChoices.forEach((column, type) -> columns.put(column, valuesOf(type)));
    return add(new Field(key, labelNl, labelFr, true, null, Map.copyOf(columns)));
  }

  /** A list of rows whose named columns offer values from reference data or enums. */
  public FormFields rowsWithValues(String key, String labelNl, String labelFr, Map<String, Supplier<Set<String>>> columnChoices) {
    return add(new Field(key, labelNl, labelFr, true, null, Map.copyOf(columnChoices)));
  }

  private FormFields add(Field field) {
    if (fields.putIfAbsent(field.key(), field) != null) {
      throw new IllegalArgumentException("Form field " + field.key() + " declared twice");
    }
    return this;
  }

  /** The declared field; reading an undeclared one is a programming error that the process tests catch. */
  public Field get(String key) {
    Field field = fields.get(key);
    if (field == null) {
      throw new IllegalStateException("Form field '" + key + "' is read but not declared (declared: " + fields.keySet() + ")");
    }
    return field;
  }

  /** The declared field, if it is one (a submission may carry variables no form declares). */
  public Optional<Field> find(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  public Collection<Field> all() {
    return Collections.unmodifiableCollection(fields.values());
  }
}
