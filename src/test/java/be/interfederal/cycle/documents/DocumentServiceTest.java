package be.interfederal.cycle.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import be.interfederal.cycle.documents.DocumentService.GeneratedDocuments;
import be.interfederal.cycle.support.ApplicationTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stored documents in the running application: every generation is a new version and earlier ones stay as they
 * were; a repeated generation key returns what the first run stored; the recorded hash is the content's.
 */
@ApplicationTest
class DocumentServiceTest {

  @Autowired DocumentService documents;

  private final String cycle = "documents-service-" + UUID.randomUUID();

  @Test
  void storesDocxAndPdfWithHashSizeAndTheTaskThatMadeThem() throws Exception {
    GeneratedDocuments made = generate(DocumentType.FINAL_STRATEGY, "nl", "pi-1:act-1");

    assertThat(made.all()).extracting(StoredDocument::getFormat).containsExactly(DocumentFormat.DOCX, DocumentFormat.PDF);
    for (StoredDocument document : made.all()) {
      assertThat(document.getVersion()).isEqualTo(1);
      assertThat(document.getSha256()).isEqualTo(hex(MessageDigest.getInstance("SHA-256").digest(document.getContent())))
          .hasSize(64);
      assertThat(document.getSizeBytes()).isEqualTo(document.getContent().length).isPositive();
      assertThat(document.getActivityId()).isEqualTo("generateFinalStrategy");
      assertThat(document.getProcessInstanceId()).isEqualTo("pi-1");
      assertThat(document.getGenerationKey()).isEqualTo("pi-1:act-1");
      assertThat(document.getCreatedAt()).isNotNull();
    }
    StoredDocument reread = documents.find(made.pdf().getId()).orElseThrow();
    assertThat(hex(MessageDigest.getInstance("SHA-256").digest(reread.getContent()))).isEqualTo(reread.getSha256());
    assertThat(DocumentGeneratorTest.pdfText(reread.getContent())).contains("Lescrenier", "Prévot");
    assertThat(reread.fileName()).isEqualTo(cycle + "-final-strategy-v1-nl.pdf");
  }

  @Test
  void aSecondGenerationIsVersionTwoAndTheFirstIsKept() {
    GeneratedDocuments first = generate(DocumentType.FINAL_STRATEGY, "nl", "pi-1:act-1");
    GeneratedDocuments second = generate(DocumentType.FINAL_STRATEGY, "nl", "pi-1:act-2");

    assertThat(second.docx().getVersion()).isEqualTo(2);
    assertThat(second.pdf().getVersion()).isEqualTo(2);
    assertThat(second.docx().getId()).isNotEqualTo(first.docx().getId());
    StoredDocument firstAgain = documents.find(first.docx().getId()).orElseThrow();
    assertThat(firstAgain.getVersion()).isEqualTo(1);
    assertThat(firstAgain.getContent()).isEqualTo(first.docx().getContent());
    assertThat(documents.list(cycle)).extracting(DocumentSummary::version, DocumentSummary::format)
        .containsExactly(
            tuple(1, DocumentFormat.DOCX), tuple(1, DocumentFormat.PDF),
            tuple(2, DocumentFormat.DOCX), tuple(2, DocumentFormat.PDF));
  }

  @Test
  void theSameGenerationKeyReturnsTheStoredDocumentsInsteadOfAddingAVersion() {
    GeneratedDocuments first = generate(DocumentType.PRESS_RELEASE, "fr", "pi-2:act-9");
    GeneratedDocuments retried = generate(DocumentType.PRESS_RELEASE, "fr", "pi-2:act-9");

    assertThat(retried.docx().getId()).isEqualTo(first.docx().getId());
    assertThat(retried.pdf().getId()).isEqualTo(first.pdf().getId());
    assertThat(retried.pdf().getSha256()).isEqualTo(first.pdf().getSha256());
    assertThat(documents.list(cycle)).hasSize(2);
  }

  @Test
  void oneTaskMayMakeSeveralLanguagesUnderOneGenerationKey() {
    GeneratedDocuments nl = generate(DocumentType.PRESS_RELEASE, "nl", "pi-3:act-1");
    GeneratedDocuments fr = generate(DocumentType.PRESS_RELEASE, "fr", "pi-3:act-1");
    GeneratedDocuments en = generate(DocumentType.PRESS_RELEASE, "en", "pi-3:act-1");

    assertThat(List.of(nl, fr, en)).extracting(g -> g.docx().getVersion()).containsOnly(1);
    assertThat(documents.list(cycle)).hasSize(6)
        .extracting(DocumentSummary::language).containsOnly("nl", "fr", "en");
  }

  @Test
  void severalLanguagesRenderedSideBySideAreStoredInTheirOrderAndARetryAddsNone() throws Exception {
    Map<String, Map<String, Object>> models = new LinkedHashMap<>();
    for (String language : List.of("nl", "fr", "en")) {
      models.put(language, SampleModels.model(DocumentType.FINAL_STRATEGY, language));
    }

    List<GeneratedDocuments> made = documents.generate(cycle, DocumentType.FINAL_STRATEGY, models, "pi-5:act-1",
        "generateFinalStrategy", "pi-5");
    List<GeneratedDocuments> retried = documents.generate(cycle, DocumentType.FINAL_STRATEGY, models, "pi-5:act-1",
        "generateFinalStrategy", "pi-5");

    assertThat(made).extracting(g -> g.pdf().getLanguage()).containsExactly("nl", "fr", "en");
    assertThat(made).extracting(g -> g.docx().getVersion()).containsOnly(1);
    assertThat(DocumentGeneratorTest.pdfText(made.get(1).pdf().getContent())).contains("Prévot");
    assertThat(retried).extracting(g -> g.pdf().getId()).isEqualTo(made.stream().map(g -> g.pdf().getId()).toList());
    assertThat(documents.list(cycle)).hasSize(6);
  }

  @Test
  void whenOneLanguageCannotBeRenderedNoneIsStored() {
    Map<String, Map<String, Object>> models = new LinkedHashMap<>();
    models.put("nl", SampleModels.model(DocumentType.SITUATION_ANALYSIS_REPORT, "nl"));
    models.put("en", SampleModels.model(DocumentType.SITUATION_ANALYSIS_REPORT, "nl"));

    assertThatThrownBy(() -> documents.generate(cycle, DocumentType.SITUATION_ANALYSIS_REPORT, models, "pi-6:act-1",
        "generateSituationReport", "pi-6")).isInstanceOf(DocumentGenerationException.class);
    assertThat(documents.hasDocuments(cycle)).isFalse();
  }

  @Test
  void withoutGenerationKeyEveryCallIsANewVersion() {
    generate(DocumentType.POSITION_SYNTHESIS, "nl", null);
    GeneratedDocuments again = generate(DocumentType.POSITION_SYNTHESIS, "nl", null);

    assertThat(again.docx().getVersion()).isEqualTo(2);
  }

  @Test
  void refusesALanguageTheTypeHasNoTemplateFor() {
    assertThatThrownBy(() -> generate(DocumentType.SITUATION_ANALYSIS_REPORT, "en", "pi-4:act-1"))
        .isInstanceOf(DocumentGenerationException.class);
    assertThat(documents.hasDocuments(cycle)).isFalse();
  }

  private GeneratedDocuments generate(DocumentType type, String language, String generationKey) {
    Map<String, Object> model = SampleModels.model(type, language);
    String processInstance = generationKey == null ? null : generationKey.substring(0, generationKey.indexOf(':'));
    return documents.generate(cycle, type, language, model, generationKey, "generate" + camel(type), processInstance);
  }

  private static String camel(DocumentType type) {
    StringBuilder name = new StringBuilder();
    for (String part : type.slug().split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
