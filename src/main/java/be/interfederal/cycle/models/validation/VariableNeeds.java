package be.interfederal.cycle.models.validation;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a model reads that it does not write itself: what an instance must already have (given at its start
 * or passed in by its caller). A migration compares two versions: what the new one needs and the old one did not.
 */
public final class VariableNeeds {

  private static final Pattern NAME = Pattern.compile("(?<![\\w.'])([A-Za-z_]\\w*)(\\s*[.(])?");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");

  private VariableNeeds() {}

  /**
   * @param model the BPMN model
   * @param formFields what the forms of its deployment write
   * @param isBean whether a name is a bean (not a variable)
   * @return the variables read but not written; empty when the model cannot be parsed
   */
  public static Set<String> of(byte[] model, Set<String> formFields, Predicate<String> isBean) {
    XmlTree.Node root;
    try {
      root = XmlTree.parse(model);
    } catch (XmlTree.Malformed e) {
      return Set.of();
    }
    Set<String> read = new HashSet<>();
    Set<String> written = new HashSet<>(formFields);
    root.descendants().forEach(node -> {
      if (!ModelChecks.isLiteral(node)) {
        node.attributes().values().forEach(value -> read.addAll(names(value)));
        read.addAll(names(node.text().toString()));
      }
      written.addAll(ModelChecks.namesWrittenBy(node));
    });
    read.removeAll(written);
    read.removeIf(name -> Expressions.ENGINE_NAMES.contains(name) || EL_WORDS.contains(name) || isBean.test(name));
    return read;
  }

  /** The fields a deployment's forms write: a Camunda Form's keys, an embedded form's variables. */
  public static Set<String> formFields(byte[] form, String name) {
    if (name.endsWith(".form")) {
      return ModelChecks.formKeys(form);
    }
    Set<String> fields = new HashSet<>();
    Matcher m = ModelChecks.HTML_VARIABLE.matcher(new String(form, java.nio.charset.StandardCharsets.UTF_8));
    while (m.find()) {
      fields.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return fields;
  }

  private static Set<String> names(String text) {
    Set<String> names = new HashSet<>();
    for (String body : Expressions.bodies(text)) {
      Matcher m = NAME.matcher(body);
      while (m.find()) {
        // a name followed by "(" is a function (S(...)); followed by "." it may be a bean or a variable's property
        if (m.group(2) == null || m.group(2).trim().equals(".")) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}
