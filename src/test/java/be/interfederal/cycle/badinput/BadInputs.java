package be.interfederal.cycle.badinput;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.support.RestVariables;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The catalogue of bad inputs for one form, derived from a good submission and the fields its listener declares: each
 * variant spoils one thing and keeps the rest good, so that its refusal is about that one thing. Per field, by the
 * kind of its good value: a text too long or not a text; a date that is no date or lies outside any plausible
 * period; a number that is no number or negative; a flag that is neither true nor false; a code that is not one of
 * the field's choices; a list that is no list, holds no rows or is malformed JSON; and inside a list's first row the
 * same for each column. Per request: an empty form, malformed JSON, a variable of an unknown or a Java-serialized
 * type, another content type, a body over 1 MB.
 */
final class BadInputs {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** An indicator's value may be a change, hence below zero: the only numbers that may be negative. */
  private static final Set<String> SIGNED = Set.of("value");
  private static final String HUGE = "x".repeat(100_000);
  /**
   * The forms an empty submission is a good answer to. A group that proposes no action says so with an empty list.
   * The others open with their answer proposed in the task's own variables, which an unchanged form submits: the
   * draft starts from the previous text and a default due date, the consolidation from the proposed actions, the next
   * cycle from the next period and its title.
   */
  static final Set<String> EMPTY_IS_AN_ANSWER = Set.of("proposeActions", "draftStrategy", "consolidateActionPlan",
      "startNextCycle");

  private BadInputs() {}

  /** The variants of a task's completion ({@code {"variables": …}}). */
  static List<Variant> ofTask(String taskKey, Map<String, Object> good, FormFields fields) {
    List<Variant> variants = of(good, fields, Map.of());
    return EMPTY_IS_AN_ANSWER.contains(taskKey) ? variants.subList(1, variants.size()) : variants;
  }

  /** The variants of a process start, whose body also carries {@code extra} (the business key). */
  static List<Variant> of(Map<String, Object> good, FormFields fields, Map<String, Object> extra) {
    List<Variant> variants = new ArrayList<>();
    variants.add(body("an empty form", Map.of(), extra, null, null));
    good.forEach((key, value) -> {
      if (value == null) {
        return;
      }
      FormFields.Field field = fields.find(key).orElse(null);
      String nl = field == null ? null : field.labelNl();
      String fr = field == null ? null : field.labelFr();
      for (Spoilt spoilt : spoil(key, value, field == null ? null : field.choices(),
          field == null ? Map.of() : field.columnChoices())) {
        Map<String, Object> form = new LinkedHashMap<>(good);
        form.put(key, spoilt.value());
        boolean named = spoilt.namesField() && field != null;
        variants.add(body(key + ": " + spoilt.what(), form, extra, named ? nl : null, named ? fr : null));
      }
    });
    // a field the good answer leaves out (optional, or read only in another case) is still a variable to be kept
    for (FormFields.Field field : fields.all()) {
      if (good.get(field.key()) == null) {
        Map<String, Object> form = new LinkedHashMap<>(good);
        form.put(field.key(), HUGE);
        variants.add(body(field.key() + ": left out by the answer, sent too long", form, extra, field.labelNl(),
            field.labelFr()));
      }
    }
    variants.addAll(request(good, extra));
    return variants;
  }

  private record Spoilt(String what, Object value, boolean namesField) {}

  /** A value as the REST API carries it, untouched by {@link RestVariables#typed}. */
  private record Raw(Map<String, Object> typed) {}

  private static List<Spoilt> spoil(String key, Object value, Supplier<Set<String>> choices,
      Map<String, Supplier<Set<String>>> columnChoices) {
    List<Spoilt> spoilt = new ArrayList<>();
    if (value instanceof Boolean) {
      spoilt.add(new Spoilt("a flag that is neither true nor false", "misschien", true));
    } else if (value instanceof Number) {
      spoilt.add(new Spoilt("no number", "veel", true));
      if (!SIGNED.contains(key)) {
        spoilt.add(new Spoilt("a negative number", -5, true));
      }
    } else if (value instanceof String text && choices != null) {
      spoilt.add(new Spoilt("an unknown code", "onbekend", true));
    } else if (value instanceof String text && DATE.matcher(text).matches()) {
      spoilt.add(new Spoilt("no date", "morgen", true));
      spoilt.add(new Spoilt("a date long before any cycle", "1899-12-31", true));
      spoilt.add(new Spoilt("a date long after any cycle", "2999-01-01", true));
    } else if (value instanceof String) {
      spoilt.add(new Spoilt("a text too long for its column", HUGE, true));
      spoilt.add(new Spoilt("an object instead of a text", Map.of("text", "Tekst"), true));
    } else if (value instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof String)) {
      // its refusal names the kind of code ("Onbekende overheid [onbekend]") rather than the field
      spoilt.add(new Spoilt("an unknown code in the list", List.of("onbekend"), false));
      spoilt.add(new Spoilt("an object instead of a list", Map.of("code", "onbekend"), true));
    } else if (value instanceof List<?> list) {
      spoilt.add(new Spoilt("a text instead of a list of rows", "geen lijst", false));
      spoilt.add(new Spoilt("a list of numbers instead of rows", List.of(1, 2), false));
      spoilt.add(new Spoilt("malformed JSON", new Raw(Map.of("type", "Json", "value", "[{\"broken\":")), false));
      @SuppressWarnings("unchecked")
      Map<String, Object> first = (Map<String, Object>) list.get(0);
      first.forEach((column, cell) -> {
        if (cell == null) {
          return;
        }
        Supplier<Set<String>> cellChoices = columnChoices.get(column);
        for (Spoilt bad : spoil(column, cell, cellChoices, Map.of())) {
          List<Object> rows = new ArrayList<>(list);
          Map<String, Object> row = new LinkedHashMap<>(first);
          row.put(column, bad.value() instanceof Raw ? "[{" : bad.value());
          rows.set(0, row);
          spoilt.add(new Spoilt("row 1, " + column + ": " + bad.what(), rows, false));
        }
      });
    }
    return spoilt;
  }

  private static List<Variant> request(Map<String, Object> good, Map<String, Object> extra) {
    String field = good.keySet().iterator().next();
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("malformed JSON", "{\"variables\": {\"" + field + "\": {\"value\": ", Variant.JSON, null, null));
    variants.add(new Variant("variables that are a list", "{\"variables\": [1, 2]}", Variant.JSON, null, null));
    variants.add(body(field + ": an unknown type", Map.of(field, new Raw(Map.of("type", "Nonsense", "value", "x"))),
        extra, null, null));
    variants.add(body(field + ": a Java-serialized object", Map.of(field, new Raw(Map.of("type", "Object",
        "value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
            "serializationDataFormat", "application/x-java-serialized-object")))), extra, null, null));
    variants.add(new Variant("a form sent as plain text", write(Map.of("variables", typed(good))), "text/plain", null, null));
    variants.add(body("a body over 1 MB", Map.of(field, "x".repeat(1_100_000)), extra, null, null));
    return variants;
  }

  /** The good answer itself, sent as the variants are. */
  static Variant good(Map<String, Object> good) {
    return body("the good answer", good, Map.of(), null, null);
  }

  private static Variant body(String name, Map<String, Object> form, Map<String, Object> extra, String nl, String fr) {
    Map<String, Object> body = new LinkedHashMap<>(extra);
    body.put("variables", typed(form));
    return new Variant(name, write(body), Variant.JSON, nl, fr);
  }

  private static Map<String, Object> typed(Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((key, value) -> variables.put(key, value instanceof Raw raw ? raw.typed()
        : value == null ? Map.of("type", "Null") : RestVariables.typed(value)));
    return variables;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
