package be.interfederal.cycle.strategy.contract;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.ReadsForm;
import be.interfederal.cycle.strategy.process.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks that the models in {@code bpmn/}, the forms in {@code forms/} and the Java side agree, and names the file
 * and element of every disagreement:
 * <ul>
 *   <li>every {@code ${bean...}} names a bean; every bare {@code ${variable}} is written in its process;
 *   <li>every form a task references exists;
 *   <li>a form submits exactly the fields the listener of its task declares (and every field the listener needs);
 *   <li>a radio, select or checklist offers only values the listener knows;
 *   <li>a gateway condition reads only variables written in its process, and compares them only with values the
 *       Java side knows.
 * </ul>
 * Variables written by Java are found in the source of the beans a process uses ({@code setVariable(Variables.X}).
 */
final class ModelContract {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(\\s*[.(])?");
  private static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*(?:==|!=|\\beq\\b|\\bne\\b)\\s*'([^']*)'");
  private static final Pattern EL_SET_VARIABLE = Pattern.compile("setVariable(?:Local)?\\('(\\w+)'");
  private static final Pattern SET_VARIABLE = Pattern.compile("setVariable(?:Local)?\\(\\s*Variables\\.([A-Z_]+)");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
      "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  /** What the engine itself puts into every expression's context. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId", "S", "XML", "JSON",
      "now", "dateTime");

  private final Map<String, String> models;
  private final Map<String, String> forms;
  private final Function<String, Object> beans;
  private final Path javaSources;
  private final List<String> problems = new ArrayList<>();

  /** A process's parsed model with what it writes and which enums its written variables take values from. */
  private record Process(String file, String id, Element element, Set<String> written, Map<String, Set<String>> choices) {}

  /**
   * @param models file name → text of each BPMN model
   * @param forms file name → text of each form (.form and .html)
   * @param beans bean name → bean, or null when there is none
   * @param javaSources the main source folder, where the beans' writes are read
   */
  ModelContract(Map<String, String> models, Map<String, String> forms, Function<String, Object> beans, Path javaSources) {
    this.models = models;
    this.forms = forms;
    this.beans = beans;
    this.javaSources = javaSources;
  }

  static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (var list = Files.list(folder)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }

  List<String> problems() {
    Map<String, Process> processes = new LinkedHashMap<>();
    models.forEach((file, text) -> {
      Element root = parse(file, text).getDocumentElement();
      for (Element process : children(root, BPMN, "process")) {
        processes.put(process.getAttribute("id"), new Process(file, process.getAttribute("id"), process,
            new TreeSet<>(), new HashMap<>()));
      }
    });
    processes.values().forEach(p -> collectWrites(p, processes));
    // a called process's output mapped back into its caller carries its choices along
    processes.values().forEach(p -> collectOutputs(p, processes));
    processes.values().forEach(this::checkExpressions);
    processes.values().forEach(this::checkForms);
    processes.values().forEach(this::checkConditions);
    return problems;
  }

  private void collectWrites(Process process, Map<String, Process> processes) {
    for (Element e : descendants(process.element())) {
      String multiInstanceVariable = e.getAttributeNS(CAMUNDA, "elementVariable");
      if (!multiInstanceVariable.isEmpty()) {
        process.written().add(multiInstanceVariable);
      }
      if (CAMUNDA.equals(e.getNamespaceURI())
          && ("inputParameter".equals(e.getLocalName()) || "outputParameter".equals(e.getLocalName()))) {
        process.written().add(e.getAttribute("name"));
      }
      if (CAMUNDA.equals(e.getNamespaceURI()) && "in".equals(e.getLocalName()) && e.hasAttribute("target")) {
        Process called = processes.get(calledElement(e));
        if (called != null) {
          called.written().add(e.getAttribute("target"));
        }
      }
      ReadsForm reader = formReader(process, e);
      if (reader != null) {
        for (FormFields.Field field : reader.fields().all()) {
          process.written().add(field.key());
          if (field.choices() != null) {
            process.choices().put(field.key(), field.choices().get());
          }
        }
      }
      for (String bean : beansUsed(e)) {
        process.written().addAll(writesOf(beans.apply(bean)));
      }
      for (String expression : expressions(e)) {
        Matcher set = EL_SET_VARIABLE.matcher(expression);
        while (set.find()) {
          process.written().add(set.group(1));
        }
      }
    }
  }

  private void collectOutputs(Process process, Map<String, Process> processes) {
    for (Element e : descendants(process.element())) {
      if (CAMUNDA.equals(e.getNamespaceURI()) && "out".equals(e.getLocalName()) && e.hasAttribute("target")) {
        process.written().add(e.getAttribute("target"));
        Process called = processes.get(calledElement(e));
        if (called != null && called.choices().containsKey(e.getAttribute("source"))) {
          process.choices().put(e.getAttribute("target"), called.choices().get(e.getAttribute("source")));
        }
      }
    }
  }

  private static String calledElement(Element mapping) {
    Node node = mapping;
    while (node != null && !(node instanceof Element el && "callActivity".equals(el.getLocalName()))) {
      node = node.getParentNode();
    }
    return node == null ? null : ((Element) node).getAttribute("calledElement");
  }

  private void checkExpressions(Process process) {
    for (Element e : descendants(process.element())) {
      for (String expression : expressions(e)) {
        Matcher m = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
        while (m.find()) {
          String name = m.group(1);
          boolean member = m.group(2) != null;
          if (EL_WORDS.contains(name) || ENGINE_NAMES.contains(name) || Character.isDigit(name.charAt(0))) {
            continue;
          }
          if (beans.apply(name) != null) {
            continue;
          }
          if (member || isDelegate(e, expression)) {
            problem(process, e, "${" + name + "} names no bean");
          } else if (!process.written().contains(name)) {
            problem(process, e, "variable '" + name + "' is read but never written in process " + process.id());
          }
        }
      }
    }
  }

  private void checkForms(Process process) {
    for (Element e : descendants(process.element())) {
      String formRef = e.getAttributeNS(CAMUNDA, "formRef");
      String formKey = e.getAttributeNS(CAMUNDA, "formKey");
      if (formRef.isEmpty() && formKey.isEmpty()) {
        continue;
      }
      String file = formRef.isEmpty() ? formKey.replaceFirst("^embedded:deployment:forms/", "") : formFile(formRef);
      if (file == null || !forms.containsKey(file)) {
        problem(process, e, "form '" + (formRef.isEmpty() ? formKey : formRef) + "' does not exist in forms/");
        continue;
      }
      FormSpec form = file.endsWith(".html") ? FormSpec.ofHtml(forms.get(file)) : FormSpec.ofCamundaForm(forms.get(file));
      form.problems().forEach(p -> problem(process, e, file + ": " + p));
      ReadsForm reader = formReader(process, e);
      if (reader == null) {
        if (!form.fields().isEmpty()) {
          problem(process, e, "form " + file + " submits " + form.fields().keySet() + " but no listener of the task reads a form");
        }
        continue;
      }
      compare(process, e, file, form, reader.fields());
    }
  }

  private void compare(Process process, Element task, String file, FormSpec form, FormFields declared) {
    Map<String, FormFields.Field> byKey = new HashMap<>();
    declared.all().forEach(f -> byKey.put(f.key(), f));
    form.fields().forEach((key, offered) -> {
      FormFields.Field field = byKey.get(key);
      if (field == null) {
        problem(process, task, file + ": field '" + key + "' is not read by the task's listener (it reads " + new TreeSet<>(byKey.keySet()) + ")");
      } else if (!offered.isEmpty()) {
        Set<String> known = field.choices() == null ? Set.of() : field.choices().get();
        Set<String> unknown = new TreeSet<>(offered);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
          problem(process, task, file + ": field '" + key + "' offers " + unknown + ", which the Java side does not know (" + known + ")");
        }
      }
    });
    form.columns().forEach((column, offered) -> {
      Set<String> known = declared.all().stream().filter(f -> f.columnChoices().containsKey(column)).findFirst()
          .map(f -> f.columnChoices().get(column).get()).orElse(null);
      if (known == null) {
        problem(process, task, file + ": column '" + column + "' offers choices " + offered + " but no listener field declares them");
      } else if (!known.containsAll(offered)) {
        Set<String> unknown = new TreeSet<>(offered);
        unknown.removeAll(known);
        problem(process, task, file + ": column '" + column + "' offers " + unknown + ", which the Java side does not know (" + known + ")");
      }
    });
    for (FormFields.Field field : declared.all()) {
      if (field.inEveryForm() && !form.fields().containsKey(field.key())) {
        problem(process, task, file + ": lacks field '" + field.key() + "', which the task's listener requires");
      }
    }
  }

  private void checkConditions(Process process) {
    for (Element e : descendants(process.element())) {
      if (!"conditionExpression".equals(e.getLocalName())) {
        continue;
      }
      String condition = e.getTextContent();
      Element flow = (Element) e.getParentNode();
      Matcher m = IDENTIFIER.matcher(STRING_LITERAL.matcher(condition).replaceAll("''"));
      while (m.find()) {
        String name = m.group(1);
        if (m.group(2) == null && !EL_WORDS.contains(name) && !ENGINE_NAMES.contains(name)
            && !process.written().contains(name) && beans.apply(name) == null) {
          problem(process, flow, "gateway condition reads '" + name + "', which is never written in process " + process.id());
        }
      }
      Matcher comparison = COMPARISON.matcher(condition);
      while (comparison.find()) {
        Set<String> known = process.choices().get(comparison.group(1));
        if (known == null) {
          problem(process, flow, "gateway condition compares '" + comparison.group(1) + "' with '" + comparison.group(2)
              + "', but no form field or output declares its values");
        } else if (!known.contains(comparison.group(2))) {
          problem(process, flow, "gateway condition compares '" + comparison.group(1) + "' with '" + comparison.group(2)
              + "', which the Java side does not know (" + known + ")");
        }
      }
    }
  }

  /** The listener that reads the form of a user task (end) or start event (start), if any. */
  private ReadsForm formReader(Process process, Element e) {
    String event = switch (e.getLocalName()) {
      case "userTask" -> "end";
      case "startEvent" -> "start";
      default -> null;
    };
    if (event == null) {
      return null;
    }
    for (Element listener : descendants(e)) {
      if ("executionListener".equals(listener.getLocalName()) && event.equals(listener.getAttribute("event"))) {
        for (String bean : beanNames(listener.getAttribute("delegateExpression"))) {
          if (beans.apply(bean) instanceof ReadsForm reader) {
            return reader;
          }
        }
      }
    }
    return null;
  }

  private String formFile(String formId) {
    for (Map.Entry<String, String> form : forms.entrySet()) {
      if (form.getKey().endsWith(".form") && formId.equals(FormSpec.id(form.getValue()))) {
        return form.getKey();
      }
    }
    return null;
  }

  private List<String> beansUsed(Element e) {
    List<String> used = new ArrayList<>();
    for (String expression : expressions(e)) {
      Matcher m = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
      while (m.find()) {
        if (beans.apply(m.group(1)) != null) {
          used.add(m.group(1));
        }
      }
    }
    return used;
  }

  /** The process variables a bean's source sets through the shared names of {@link Variables}. */
  private Set<String> writesOf(Object bean) {
    Set<String> written = new TreeSet<>();
    Class<?> type = bean.getClass();
    while (type.getName().contains("$$")) {
      type = type.getSuperclass();
    }
    Path source = javaSources.resolve(type.getName().replace('.', '/') + ".java");
    if (!Files.exists(source)) {
      return written;
    }
    try {
      Matcher m = SET_VARIABLE.matcher(Files.readString(source));
      while (m.find()) {
        written.add(constant(m.group(1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  private static String constant(String name) {
    try {
      Field field = Variables.class.getField(name);
      if (!Modifier.isStatic(field.getModifiers())) {
        throw new IllegalStateException(name);
      }
      return (String) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Variables." + name + " does not exist", e);
    }
  }

  private static boolean isDelegate(Element e, String expression) {
    return e.getAttributeNS(CAMUNDA, "delegateExpression").contains(expression)
        || e.getAttribute("delegateExpression").contains(expression);
  }

  private static List<String> beanNames(String expression) {
    List<String> names = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(expression);
    while (m.find()) {
      names.add(m.group(1).trim());
    }
    return names;
  }

  /** The expressions in an element's own attributes and text (not its children's). */
  private static List<String> expressions(Element e) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      texts.add(e.getAttributes().item(i).getNodeValue());
    }
    for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        texts.add(child.getNodeValue());
      }
    }
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      Matcher m = EXPRESSION.matcher(text);
      while (m.find()) {
        found.add(m.group(1));
      }
    }
    return found;
  }

  private void problem(Process process, Element e, String what) {
    Node node = e;
    while (node instanceof Element el && el.getAttribute("id").isEmpty()) {
      node = node.getParentNode();
    }
    String id = node instanceof Element el ? el.getAttribute("id") : "?";
    problems.add(process.file() + " › " + id + ": " + what);
  }

  private static Document parse(String file, String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException(file + " is not a readable BPMN file: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> list = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static List<Element> descendants(Element parent) {
    List<Element> list = new ArrayList<>();
    list.add(parent);
    NodeList nodes = parent.getElementsByTagName("*");
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  /** What a form submits: field key → the values it offers (empty for free input); row columns with choices. */
  record FormSpec(Map<String, Set<String>> fields, Map<String, Set<String>> columns, List<String> problems) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DISPLAY_ONLY = Set.of("text", "button", "spacer", "separator", "image", "html");
    private static final Pattern SUBMITS = Pattern.compile("<form\\b[^>]*\\bdata-submits=\"([^\"]*)\"");
    private static final Pattern SETTER = Pattern.compile("(?:variableValue|setText)\\('(\\w+)'\\s*,");
    private static final Pattern ROW_RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*ng-model=\"row\\.(\\w+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");
    private static final Pattern NG_OPTIONS = Pattern.compile("ng-options=\"[^\"]* in (\\w+)\"");

    static String id(String camundaForm) {
      try {
        return JSON.readTree(camundaForm).path("id").asText();
      } catch (IOException e) {
        return null;
      }
    }

    static FormSpec ofCamundaForm(String text) {
      Map<String, Set<String>> fields = new TreeMap<>();
      List<String> problems = new ArrayList<>();
      try {
        collect(JSON.readTree(text), fields);
      } catch (IOException e) {
        problems.add("not readable JSON: " + e.getMessage());
      }
      return new FormSpec(fields, Map.of(), problems);
    }

    private static void collect(JsonNode node, Map<String, Set<String>> fields) {
      for (JsonNode component : node.path("components")) {
        String key = component.path("key").asText("");
        if (!key.isEmpty() && !DISPLAY_ONLY.contains(component.path("type").asText())) {
          Set<String> values = new TreeSet<>();
          component.path("values").forEach(v -> values.add(v.path("value").asText()));
          fields.put(key, values);
        }
        collect(component, fields);
      }
    }

    static FormSpec ofHtml(String text) {
      Map<String, Set<String>> fields = new TreeMap<>();
      Map<String, Set<String>> columns = new TreeMap<>();
      List<String> problems = new ArrayList<>();
      Matcher submits = SUBMITS.matcher(text);
      if (!submits.find()) {
        problems.add("the <form> element has no data-submits attribute listing the variables it submits");
        return new FormSpec(fields, columns, problems);
      }
      for (String key : submits.group(1).trim().split("\\s+")) {
        fields.put(key, Set.of());
        if (!text.contains("'" + key + "'")) {
          problems.add("data-submits names '" + key + "', which its script never sets");
        }
      }
      Matcher setter = SETTER.matcher(text);
      while (setter.find()) {
        if (!fields.containsKey(setter.group(1))) {
          problems.add("its script sets '" + setter.group(1) + "', which data-submits does not list");
        }
      }
      Matcher radio = ROW_RADIO.matcher(text);
      while (radio.find()) {
        Matcher model = Pattern.compile("ng-model=\"row\\.(\\w+)\"").matcher(radio.group());
        Matcher value = Pattern.compile("value=\"([^\"{]+)\"").matcher(radio.group());
        if (model.find() && value.find()) {
          columns.computeIfAbsent(model.group(1), c -> new TreeSet<>()).add(value.group(1));
        }
      }
      // a select offers fixed choices through <option value="..."> or a literal $scope list; a select over a list
      // the task supplies (the cycle's objectives, the directory) is checked by the listener, not here
      Matcher select = SELECT.matcher(text);
      while (select.find()) {
        Set<String> values = new TreeSet<>();
        Matcher option = OPTION.matcher(select.group(2));
        while (option.find()) {
          values.add(option.group(1));
        }
        Matcher list = NG_OPTIONS.matcher(select.group());
        if (list.find()) {
          values.addAll(scopeList(text, list.group(1)));
        }
        if (!values.isEmpty()) {
          columns.computeIfAbsent(select.group(1), c -> new TreeSet<>()).addAll(values);
        }
      }
      return new FormSpec(fields, columns, problems);
    }

    /** The {@code value: '...'} entries of {@code $scope.<name> = [ ... ];} in the form's script. */
    private static Set<String> scopeList(String text, String name) {
      Set<String> values = new TreeSet<>();
      Matcher block = Pattern.compile("\\$scope\\." + name + "\\s*=\\s*\\[(.*?)];", Pattern.DOTALL).matcher(text);
      if (block.find()) {
        Matcher value = Pattern.compile("value:\\s*'([^']+)'").matcher(block.group(1));
        while (value.find()) {
          values.add(value.group(1));
        }
      }
      return values;
    }
  }
}
