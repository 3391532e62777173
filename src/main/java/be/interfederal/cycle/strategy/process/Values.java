package be.interfederal.cycle.strategy.process;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

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

  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,10})?");

  /**
   * A decimal written as people write one ("7,1", "-3", "1250.50") or sent as a finite JSON number; anything else
   * (text, "NaN", "1e15", "0x1p3") is null. Stricter than {@link #number}, for values that are stored.
   */
  public static BigDecimal decimal(Object value) {
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? new BigDecimal(n.toString()) : null;
    }
    if (value == null || !DECIMAL.matcher(value.toString().trim()).matches()) {
      return null;
    }
    return new BigDecimal(value.toString().trim().replace(',', '.'));
  }

  /** The constant of the enum a row's value names exactly, or null for anything else. */
  public static <E extends Enum<E>> E choice(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    return null;
  }

  /**
   * A row's yes/no value: true, false or their text; absent or blank is false; anything else is null, which the
   * reader refuses rather than take for "no".
   */
  public static Boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value == null ? "" : value.toString().trim();
    if (text.isEmpty() || text.equalsIgnoreCase("false")) {
      return false;
    }
    return text.equalsIgnoreCase("true") ? true : null;
  }

  /** A row's text, trimmed; blank is null. */
  public static String string(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
