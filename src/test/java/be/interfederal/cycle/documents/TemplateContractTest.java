package be.interfederal.cycle.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The shipped templates and the models the application really builds agree: a template names only keys its model
 * gives (or the generator adds), and shows every key of its model. The models come from the real model builders fed
 * by a real cycle ({@code PolicyCycleProcessTest} walks one and calls {@link #assertTemplatesShow}); here every
 * template is at least readable and names the keys the generator adds. A renamed key or a misspelt tag fails rather
 * than leaving a blank in a minister's document.
 */
public class TemplateContractTest {

  /** Given for every document: by the caller (cycle, period) or by the generator (the rest). */
  static final Set<String> COMMON = Set.of("cycleTitle", "periodStart", "periodEnd", "businessKey", "generatedOn",
      "version");

  // {{key}}, {{?list}}, {{/list}}, {{%rows}}, {{@picture}}; [key] inside a repeated table row.
  private static final Pattern TAG = Pattern.compile("\\{\\{[?/%@]?([A-Za-z][A-Za-z0-9]*)}}|\\[([A-Za-z][A-Za-z0-9]*)]");

  static Stream<Arguments> everyTypeAndLanguage() {
    return DocumentGeneratorTest.everyTypeAndLanguage();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTypeAndLanguage")
  void everyTemplateNamesTheKeysTheGeneratorAdds(DocumentType type, String language) throws IOException {
    assertThat(tags(type, language)).as("tags of %s/%s.docx", type.slug(), language)
        .contains("cycleTitle", "generatedOn", "version", "businessKey");
  }

  /**
   * Every template in every language shows exactly the keys of the model {@code models} builds for it (nested list
   * keys included), apart from the keys every document has.
   */
  public static void assertTemplatesShow(BiFunction<DocumentType, String, Map<String, Object>> models) throws IOException {
    assertTemplatesShow(java.util.EnumSet.allOf(DocumentType.class), models);
  }

  /** As above, for the types a process test's cycle has (an early warning's notice needs an early warning). */
  public static void assertTemplatesShow(Set<DocumentType> types, BiFunction<DocumentType, String, Map<String, Object>> models)
      throws IOException {
    for (DocumentType type : types) {
      for (String language : type.languages()) {
        Set<String> given = new TreeSet<>();
        collectKeys(models.apply(type, language), given);
        assertThat(given).as("model of %s/%s", type, language).contains("cycleTitle", "periodStart", "periodEnd");
        given.removeAll(COMMON);
        Set<String> known = Stream.concat(COMMON.stream(), given.stream()).collect(Collectors.toSet());
        assertThat(tags(type, language)).as("tags of %s/%s.docx against its real model", type.slug(), language)
            .isSubsetOf(known).containsAll(given);
      }
    }
  }

  private static Set<String> tags(DocumentType type, String language) throws IOException {
    TemplateSource templates = new TemplateSource(new DefaultResourceLoader(), TemplateSource.SHIPPED);
    String text;
    try (InputStream in = templates.find(type, DocumentLanguage.of(language)).getInputStream()) {
      text = DocumentGeneratorTest.docxText(in.readAllBytes());
    }
    Set<String> tags = new TreeSet<>();
    Matcher matcher = TAG.matcher(text);
    while (matcher.find()) {
      tags.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return tags;
  }

  private static void collectKeys(Object value, Set<String> keys) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((key, nested) -> {
        keys.add(String.valueOf(key));
        collectKeys(nested, keys);
      });
    } else if (value instanceof Iterable<?> items) {
      items.forEach(item -> collectKeys(item, keys));
    }
  }
}
