package be.interfederal.cycle.strategy.process;

import java.util.Map;

/** Lenient reading of values that arrive as JSON numbers, strings or nulls (rows of lists, process variables). */
public final class Values {

  private Values() {}

  public static Integer integer(Object value) {
    Double number = number(value);
    return number == null ? null : number.intValue();
  }

  /** A number; a decimal comma is accepted, as Belgian users type it. */
  public static Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value != null && !value.toString().isBlank()) {
      try {
        return Double.parseDouble(value.toString().trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A row's text, trimmed; blank is null. */
  public static String string(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
