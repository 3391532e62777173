package be.interfederal.cycle.models.release;

import be.interfederal.cycle.models.validation.ModelChecks;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release's models cut into one deployment per model, each with the forms it binds to, so that a release deploys
 * only the models it changed: an administrator's revision of another model stays the latest version.
 */
final class ReleaseBundles {

  private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"$#]+)\"");
  private static final Pattern EMBEDDED = Pattern.compile("camunda:formKey=\"(?:embedded|camunda-forms):deployment:([^\"]+)\"");
  private static final Pattern PROCESS = Pattern.compile("<(?:\\w+:)?process\\s[^>]*?\\bid=\"([^\"]+)\"");
  private static final Pattern CALLED = Pattern.compile("calledElement=\"([^\"$#]+)\"");

  /** One deployment of the release: its name, its resources by name, the processes its model defines. */
  record Bundle(String name, Map<String, byte[]> resources, Set<String> processIds) {}

  private ReleaseBundles() {}

  /**
   * @param prefix the release's deployment name ("interfederal-cycle"); a bundle is named "prefix: model file"
   * @param resources every model and form of the release, by deployment name (bpmn/x.bpmn, forms/y.form)
   */
  static List<Bundle> of(String prefix, Map<String, byte[]> resources) {
    Map<String, String> formFiles = new HashMap<>();
    resources.forEach((name, bytes) -> {
      if (name.endsWith(".form")) {
        String id = ModelChecks.formId(bytes);
        formFiles.put(id == null ? name : id, name);
      }
    });
    Map<String, Bundle> bundles = new TreeMap<>();
    Map<String, byte[]> unbound = new LinkedHashMap<>(resources);
    resources.forEach((name, bytes) -> {
      if (!name.endsWith(".bpmn") && !name.endsWith(".dmn")) {
        return;
      }
      Map<String, byte[]> content = new TreeMap<>();
      content.put(name, bytes);
      String xml = new String(bytes, StandardCharsets.UTF_8);
      Matcher ref = FORM_REF.matcher(xml);
      while (ref.find()) {
        String file = formFiles.get(ref.group(1));
        if (file != null) {
          content.put(file, resources.get(file));
        }
      }
      Matcher embedded = EMBEDDED.matcher(xml);
      while (embedded.find()) {
        if (resources.containsKey(embedded.group(1))) {
          content.put(embedded.group(1), resources.get(embedded.group(1)));
        }
      }
      unbound.keySet().removeAll(content.keySet());
      Set<String> processIds = new LinkedHashSet<>();
      Matcher process = PROCESS.matcher(xml);
      while (process.find()) {
        processIds.add(process.group(1));
      }
      // named after the path below bpmn/, so that two folders' x.bpmn stay two deployments
      bundles.put(name, new Bundle(prefix + ": " + name.substring(name.indexOf('/') + 1), content, processIds));
    });
    // forms no model binds to (bound by "latest" from a model deployed elsewhere) still ship, together
    if (!unbound.isEmpty()) {
      bundles.put("~forms", new Bundle(prefix + ": forms", new TreeMap<>(unbound), Set.of()));
    }
    return calledFirst(bundles);
  }

  /** The bundles in an order where a called process is deployed before the models that call it. */
  private static List<Bundle> calledFirst(Map<String, Bundle> bundles) {
    Map<String, Bundle> byProcess = new HashMap<>();
    bundles.values().forEach(bundle -> bundle.processIds().forEach(id -> byProcess.put(id, bundle)));
    Set<Bundle> ordered = new LinkedHashSet<>();
    bundles.values().forEach(bundle -> visit(bundle, byProcess, ordered, new HashSet<>()));
    return List.copyOf(ordered);
  }

  private static void visit(Bundle bundle, Map<String, Bundle> byProcess, Set<Bundle> ordered, Set<Bundle> path) {
    if (ordered.contains(bundle) || !path.add(bundle)) {
      return;
    }
    bundle.resources().forEach((name, bytes) -> {
      if (name.endsWith(".bpmn")) {
        Matcher called = CALLED.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (called.find()) {
          Bundle callee = byProcess.get(called.group(1));
          if (callee != null && callee != bundle) {
            visit(callee, byProcess, ordered, path);
          }
        }
      }
    });
    ordered.add(bundle);
  }
}
