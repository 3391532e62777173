package be.interfederal.cycle.strategy.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The lists a form submits, in whichever shape they arrive: Tasklist's Json variable, a Java list, or the JSON text a
 * REST client sent as a string. What cannot be read as the list expected is null, which {@link FormInput} refuses.
 */
final class SubmittedLists {

  /** A cell of a row that holds an object: no column of any form does. */
  record ObjectCell(int row, Object column) {}

  private SubmittedLists() {}

  /** The rows, each an object; null when the value is not such a list. */
  static List<?> rows(Object value) {
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
      return null;
    }
    return items == null || items.stream().anyMatch(item -> !(item instanceof Map<?, ?>)) ? null : items;
  }

  /** The values, each a string (a comma-separated text counts); null when the value is not such a list. */
  static List<?> strings(Object value) {
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
      return null;
    }
    return items.stream().anyMatch(item -> !(item instanceof String)) ? null : items;
  }

  /** The first cell that holds an object, or null. */
  static ObjectCell objectCell(List<?> rows) {
    for (int row = 0; row < rows.size(); row++) {
      for (Map.Entry<?, ?> cell : ((Map<?, ?>) rows.get(row)).entrySet()) {
        if (cell.getValue() instanceof Map<?, ?>) {
          return new ObjectCell(row + 1, cell.getKey());
        }
      }
    }
    return null;
  }
}
