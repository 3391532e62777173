package be.interfederal.cycle.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Variables in the engine REST API's format, as the tests that talk to it over HTTP send them. */
public final class RestVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestVariables() {}

  /** A variable in the REST API's format; lists and maps as JSON, as Tasklist sends a form's dynamic lists. */
  public static Map<String, Object> typed(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      try {
        typed.put("type", "Json");
        typed.put("value", JSON.writeValueAsString(value));
        return typed;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    typed.put("type", value instanceof Integer ? "Integer" : value instanceof Double ? "Double"
        : value instanceof Boolean ? "Boolean" : "String");
    typed.put("value", value);
    return typed;
  }
}
