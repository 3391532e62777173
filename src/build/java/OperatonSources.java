import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Derives the Operaton sources of the application from its Camunda 7 sources (the `operaton` Maven profile runs it
 * in generate-sources; README "Running on Operaton"). Usage: {@code java OperatonSources.java <project dir> <target dir>}.
 *
 * <p>It copies src/main/java, src/main/resources, src/test/java, src/test/resources, bpmn/ and forms/ into the target
 * directory (emptied first), in the same layout, and rewrites text files with the fixed list of rules below; other
 * files (templates, fonts, pictures) are copied byte for byte. The rewrite is a plain, ordered list of regular
 * expressions: the same input gives the same output. BPMN, DMN and forms keep their {@code camunda:} attributes,
 * which Operaton reads as they are. Afterwards it fails if a Java file still names a Camunda package, so a new
 * Camunda API in our sources is noticed here rather than as a confusing compile error. Files under
 * src/build/operaton/ (Operaton-only test helpers) are added to the derived tree as they are.
 */
public class OperatonSources {

  /** The inputs, relative to the project directory. */
  static final List<String> INPUTS =
      List.of("src/main/java", "src/main/resources", "src/test/java", "src/test/resources", "bpmn", "forms");

  /** Files with these extensions are rewritten; everything else is copied unchanged. */
  static final Set<String> TEXT = Set.of("java", "yaml", "yml", "properties", "factories", "imports", "json", "js",
      "css", "html", "xml", "bpmn", "dmn", "form", "sql", "txt", "md");

  /** Ordered rewrite rules for file contents: regular expression → replacement. */
  static final Map<String, String> CONTENT_RULES = linked(
      // camunda-bpm-assert is not on the Maven Central this project reaches in an Operaton build: the few assertions
      // the tests use come from the overlay (src/build/operaton/.../support/BpmnAwareTests.java)
      "\\borg\\.camunda\\.bpm\\.engine\\.test\\.assertions\\.bpmn\\.BpmnAwareTests\\b", "be.interfederal.cycle.support.BpmnAwareTests",
      // Java packages (engine, webapps, REST, Spring Boot starter, model API, Spin, commons)
      "\\borg\\.camunda\\.bpm\\.", "org.operaton.bpm.",
      "\\borg\\.camunda\\.spin\\b", "org.operaton.spin",
      "\\borg\\.camunda\\.commons\\b", "org.operaton.commons",
      // classes and members named after the product
      "\\bCamundaBpmProperties\\b", "OperatonBpmProperties",
      "\\bGroups\\.CAMUNDA_ADMIN\\b", "Groups.OPERATON_ADMIN",
      "\\.camundaHistoryTimeToLive\\(", ".operatonHistoryTimeToLive(",
      // the administrators' group that the starter creates for the admin user
      "\\bcamunda-admin\\b", "operaton-admin",
      // Spring Boot properties: camunda.bpm.* → operaton.bpm.* (in strings), and the YAML root key
      "(?<![\\w.])camunda\\.bpm\\.", "operaton.bpm.",
      "(?m)^camunda:", "operaton:",
      // the webapps' root (/camunda/app/..., /camunda/api/...) and their override folder inside resources
      "/camunda/", "/operaton/",
      "webjars/camunda/", "webjars/operaton/");

  /** Operaton-only files, copied as they are over the derived tree (relative to the project directory). */
  static final String OVERLAY = "src/build/operaton";

  /** Rewrite rules for paths (relative, with '/'): the webapps' override folder. */
  static final Map<String, String> PATH_RULES = linked(
      "^src/main/resources/META-INF/resources/webjars/camunda/", "src/main/resources/META-INF/resources/webjars/operaton/");

  /** Lines between these markers (markers included) are Camunda-only and left out of Java files. */
  static final String OMIT_BEGIN = "// operaton:omit-begin";
  static final String OMIT_END = "// operaton:omit-end";

  /** What must not remain in a rewritten Java file. */
  static final Pattern LEFT_OVER = Pattern.compile("\\borg\\.camunda\\.|\\bCamundaBpmProperties\\b");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java OperatonSources.java <project dir> <target dir>");
      System.exit(2);
    }
    Path project = Path.of(args[0]).toAbsolutePath().normalize();
    Path target = Path.of(args[1]).toAbsolutePath().normalize();
    delete(target);
    List<String> problems = new ArrayList<>();
    int copied = 0;
    int rewritten = 0;
    for (String input : INPUTS) {
      Path root = project.resolve(input);
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        String relative = project.relativize(file).toString().replace('\\', '/');
        Path out = target.resolve(apply(PATH_RULES, relative));
        Files.createDirectories(out.getParent());
        if (!TEXT.contains(extension(relative))) {
          Files.copy(file, out);
          copied++;
          continue;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String result = apply(CONTENT_RULES, relative.endsWith(".java") ? omit(text, relative) : text);
        if (relative.endsWith(".java")) {
          Matcher left = LEFT_OVER.matcher(result);
          if (left.find()) {
            problems.add(relative + ": still names " + left.group() + " (add a rule to src/build/java/OperatonSources.java)");
          }
        }
        Files.writeString(out, result, StandardCharsets.UTF_8);
        if (!result.equals(text)) {
          rewritten++;
        }
        copied++;
      }
    }
    Path overlay = project.resolve(OVERLAY);
    if (Files.isDirectory(overlay)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(overlay)) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        Path out = target.resolve(overlay.relativize(file).toString());
        if (Files.exists(out)) {
          problems.add(OVERLAY + "/" + overlay.relativize(file) + " would replace a derived file");
          continue;
        }
        Files.createDirectories(out.getParent());
        Files.copy(file, out);
        copied++;
      }
    }
    System.out.printf("Operaton sources in %s: %d files, %d rewritten%n", target, copied, rewritten);
    if (!problems.isEmpty()) {
      problems.forEach(System.err::println);
      System.exit(1);
    }
  }

  static String omit(String text, String file) {
    StringBuilder out = new StringBuilder();
    boolean omitting = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith(OMIT_BEGIN)) {
        if (omitting) {
          throw new IllegalStateException(file + ": nested " + OMIT_BEGIN);
        }
        omitting = true;
      } else if (trimmed.startsWith(OMIT_END)) {
        if (!omitting) {
          throw new IllegalStateException(file + ": " + OMIT_END + " without " + OMIT_BEGIN);
        }
        omitting = false;
      } else if (!omitting) {
        out.append(line).append('\n');
      }
    }
    if (omitting) {
      throw new IllegalStateException(file + ": " + OMIT_BEGIN + " without " + OMIT_END);
    }
    return out.substring(0, out.length() - 1);
  }

  static String apply(Map<String, String> rules, String text) {
    String result = text;
    for (Map.Entry<String, String> rule : rules.entrySet()) {
      result = Pattern.compile(rule.getKey()).matcher(result).replaceAll(Matcher.quoteReplacement(rule.getValue()));
    }
    return result;
  }

  static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
  }

  static Map<String, String> linked(String... pairs) {
    Map<String, String> rules = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      rules.put(pairs[i], pairs[i + 1]);
    }
    return rules;
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
