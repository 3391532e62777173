package be.interfederal.cycle.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
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
 * The shipped templates and the model contract of docs/documents.md agree: a template names only keys the cycle
 * capability provides (or the generator adds), and shows every key of its type. A renamed key or a misspelt tag in
 * a template fails here rather than leaving a blank in a minister's document.
 */
class TemplateContractTest {

  /** Given for every document: by the caller (cycle, period) or by the generator (the rest). */
  static final Set<String> COMMON = Set.of("cycleTitle", "periodStart", "periodEnd", "businessKey", "generatedOn",
      "version");

  /** Each type's own keys, nested list keys included (docs/documents.md, "Model contract"). */
  static final Map<DocumentType, Set<String>> KEYS = Map.of(
      DocumentType.SITUATION_ANALYSIS_REPORT, Set.of("contributions", "providerName", "dataGaps", "indicators", "name",
          "value", "unit", "year", "source", "method", "eudaComparable", "foresightTrends", "trend", "priority",
          "foresightWorkshop", "consolidation"),
      DocumentType.ADVISORY_REPORT, Set.of("recommendations", "objectiveNumber", "objectiveTitleNl",
          "objectiveTitleFr", "textNl", "textFr", "coreDocuments", "title"),
      DocumentType.CONSULTATION_DRAFT, Set.of("roundNumber", "dueDate", "vision", "mission", "scope", "objectives",
          "number", "title", "specificObjectives", "code", "previousRemarks", "groupName", "objectiveNumber",
          "remarks"),
      DocumentType.POSITION_SYNTHESIS, Set.of("roundNumber", "positions", "groupName", "objectiveNumber", "position",
          "remarks", "agreeCount", "remarksCount", "objectionCount", "outcome"),
      DocumentType.TMD_DECISION_FILE, Set.of("roundCount", "objectives", "number", "title", "specificObjectives",
          "code", "consultedGroups", "name", "chairName", "proposal", "tmdRemarks"),
      DocumentType.FINAL_STRATEGY, Set.of("title", "vision", "mission", "scope", "objectives", "number",
          "specificObjectives", "code", "endorsements", "salutation", "name", "portfolio", "signatories", "role",
          "approvalDate"),
      DocumentType.PRESS_RELEASE, Set.of("title", "approvalDate", "objectives", "number", "endorsements",
          "salutation", "name", "portfolio", "nextSteps", "website"));

  // {{key}}, {{?list}}, {{/list}}, {{%rows}}; [key] inside a repeated table row.
  private static final Pattern TAG = Pattern.compile("\\{\\{[?/%]?([A-Za-z][A-Za-z0-9]*)}}|\\[([A-Za-z][A-Za-z0-9]*)]");

  static Stream<Arguments> everyTypeAndLanguage() {
    return DocumentGeneratorTest.everyTypeAndLanguage();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTypeAndLanguage")
  void theTemplateShowsExactlyTheKeysOfItsType(DocumentType type, String language) throws IOException {
    Set<String> tags = tags(type, language);

    Set<String> known = Stream.concat(COMMON.stream(), KEYS.get(type).stream()).collect(Collectors.toSet());
    assertThat(tags).as("tags of %s/%s.docx", type.slug(), language).isSubsetOf(known).containsAll(KEYS.get(type))
        .contains("cycleTitle", "generatedOn", "version", "businessKey");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTypeAndLanguage")
  void theSampleModelsFollowTheContract(DocumentType type, String language) {
    Set<String> given = new TreeSet<>();
    collectKeys(SampleModels.model(type, language), given);

    assertThat(given).containsAll(KEYS.get(type)).contains("cycleTitle", "periodStart", "periodEnd");
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
