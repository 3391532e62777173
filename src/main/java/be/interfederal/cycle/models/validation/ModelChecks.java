package be.interfederal.cycle.models.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every deployment gets before anything is stored, on every path (start-up, Camunda Modeler, REST): the
 * files parse, and everything a model refers to exists — groups, beans, forms, called processes — with a history
 * time-to-live and Dutch and French task names. A plain class: the engine and the directory come in through
 * {@link ModelEnvironment}.
 */
public final class ModelChecks {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  /** What an embedded form submits: cam-variable-name fields, and variableValue('x', value) in its script. */
  static final Pattern HTML_VARIABLE = Pattern.compile(
      "cam-variable-name\\s*=\\s*\"([A-Za-z_]\\w*)\"|variableValue\\(\\s*'([A-Za-z_]\\w*)'\\s*,");
  private static final Pattern SET_VARIABLE = Pattern.compile("setVariable(?:Local)?\\(\\s*'([A-Za-z_]\\w*)'");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelEnvironment environment;

  public ModelChecks(ModelEnvironment environment) {
    this.environment = environment;
  }

  /** The deployment's resources as they would be deployed. */
  record Deployment(Map<String, XmlTree.Node> models, Map<String, String> formIds, Set<String> resourceNames,
      Set<String> processIds, Set<String> writtenNames) {}

  /** Every problem of the deployment; empty when it may be deployed. */
  public List<ModelProblem> check(Map<String, byte[]> resources) {
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, XmlTree.Node> models = new LinkedHashMap<>();
    Map<String, String> formIds = new HashMap<>();
    Set<String> written = new HashSet<>();
    resources.forEach((name, bytes) -> {
      if (isModel(name)) {
        try {
          models.put(name, XmlTree.parse(bytes));
        } catch (XmlTree.Malformed e) {
          problems.add(new ModelProblem(name, null, e.line, "geen geldige XML: " + e.getMessage(),
              "XML non valide : " + e.getMessage()));
        }
      } else if (name.endsWith(".form")) {
        readForm(name, bytes, formIds, written, problems);
      } else if (name.endsWith(".html")) {
        Matcher m = HTML_VARIABLE.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (m.find()) {
          written.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    });
    Set<String> processIds = new HashSet<>();
    models.values().forEach(root -> root.descendants().filter(n -> n.is(BPMN, "process"))
        .forEach(p -> processIds.add(p.id())));
    models.values().forEach(root -> root.descendants().forEach(n -> written.addAll(namesWrittenBy(n))));
    Deployment deployment = new Deployment(models, formIds, resources.keySet(), processIds, written);
    models.forEach((name, root) -> problems.addAll(new ProcessChecks(name, deployment, environment).check(root)));
    return problems;
  }

  /** The models among the resources, parsed; a malformed one is left out (the checks report it). */
  static Map<String, XmlTree.Node> parseModels(Map<String, byte[]> resources) {
    Map<String, XmlTree.Node> models = new LinkedHashMap<>();
    resources.forEach((name, bytes) -> {
      if (isModel(name)) {
        try {
          models.put(name, XmlTree.parse(bytes));
        } catch (XmlTree.Malformed e) {
          // reported by check()
        }
      }
    });
    return models;
  }

  /** The id of a Camunda Form, or null when it has none or is not JSON. */
  public static String formId(byte[] form) {
    try {
      JsonNode id = JSON.readTree(form).path("id");
      return id.isTextual() ? id.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  static boolean isModel(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }

  private static void readForm(String name, byte[] bytes, Map<String, String> formIds, Set<String> written,
      List<ModelProblem> problems) {
    JsonNode form;
    try {
      form = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      problems.add(new ModelProblem(name, null, line, "geen geldig formulier (JSON): " + e.getOriginalMessage(),
          "formulaire non valide (JSON) : " + e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + name, e);
    }
    if (form == null || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
      problems.add(new ModelProblem(name, null, null, "het formulier heeft geen \"id\"",
          "le formulaire n'a pas d'« id »"));
      return;
    }
    formIds.put(form.path("id").asText(), name);
    written.addAll(formKeys(bytes));
  }

  /**
   * The variables an element writes: its local inputs and outputs, mappings out of a call, loop elements, result
   * variables, and {@code setVariable('x', ...)} in its expressions.
   */
  static Set<String> namesWrittenBy(XmlTree.Node node) {
    Set<String> names = new HashSet<>();
    if (node.is(CAMUNDA, "inputParameter") || node.is(CAMUNDA, "outputParameter")) {
      add(names, node.attribute("name"));
    }
    if (node.is(CAMUNDA, "formField")) {
      add(names, node.attribute("id"));
    }
    if (node.is(CAMUNDA, "in") || node.is(CAMUNDA, "out")) {
      add(names, node.attribute("target"));
    }
    add(names, node.attribute(CAMUNDA, "elementVariable"));
    add(names, node.attribute(CAMUNDA, "resultVariable"));
    if (!isLiteral(node)) {
      java.util.stream.Stream.concat(node.attributes().values().stream(), java.util.stream.Stream.of(node.text().toString()))
          .forEach(text -> {
            Matcher m = SET_VARIABLE.matcher(text);
            while (m.find()) {
              names.add(m.group(1));
            }
          });
    }
    return names;
  }

  /** Elements whose content is not an expression: scripts, documentation, annotations, injected strings. */
  static boolean isLiteral(XmlTree.Node node) {
    return node.is(CAMUNDA, "script") || node.is(CAMUNDA, "string") || node.is(BPMN, "script")
        || node.is(BPMN, "documentation") || node.is(BPMN, "textAnnotation") || node.is(BPMN, "text");
  }

  /** The keys a Camunda Form submits. */
  static Set<String> formKeys(byte[] form) {
    Set<String> keys = new HashSet<>();
    try {
      JSON.readTree(form).findValues("key").stream().filter(JsonNode::isTextual).forEach(k -> keys.add(k.asText()));
    } catch (IOException e) {
      // not JSON: reported by check()
    }
    return keys;
  }

  private static void add(Set<String> names, String name) {
    if (name != null && !name.isBlank()) {
      names.add(name);
    }
  }
}
