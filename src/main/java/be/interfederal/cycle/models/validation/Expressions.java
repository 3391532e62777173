package be.interfederal.cycle.models.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a JUEL expression in a model refers to: beans with their methods, and plain names. */
final class Expressions {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)\\s*\\(");
  private static final Pattern LEADING_NAME = Pattern.compile("\\s*([A-Za-z_]\\w*)");

  /** What the engine itself puts into every expression's context. */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "currentUser",
      "currentUserGroups", "variableScope", "S", "XML", "JSON", "now", "dateTime");

  record Call(String target, String method) {}

  private Expressions() {}

  /** The bodies of the expressions in a text, without their string literals. */
  static List<String> bodies(String text) {
    List<String> bodies = new ArrayList<>();
    if (text == null) {
      return bodies;
    }
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      bodies.add(STRING_LITERAL.matcher(m.group(1)).replaceAll("''"));
    }
    return bodies;
  }

  /** Every {@code name.method(} in the text's expressions. */
  static List<Call> calls(String text) {
    List<Call> calls = new ArrayList<>();
    for (String body : bodies(text)) {
      Matcher m = CALL.matcher(body);
      while (m.find()) {
        calls.add(new Call(m.group(1), m.group(2)));
      }
    }
    return calls;
  }

  /** The name an expression starts with ({@code routing} in {@code ${routing.cabinetOf(x)}}), or null. */
  static String leadingName(String text) {
    List<String> bodies = bodies(text);
    if (bodies.size() != 1) {
      return null;
    }
    Matcher m = LEADING_NAME.matcher(bodies.get(0));
    return m.lookingAt() ? m.group(1) : null;
  }

  static boolean isExpression(String text) {
    return text != null && EXPRESSION.matcher(text).find();
  }
}
