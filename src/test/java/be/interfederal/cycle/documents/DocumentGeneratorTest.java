package be.interfederal.cycle.documents;

import static be.interfederal.cycle.documents.SampleModels.BELGIUM;
import static be.interfederal.cycle.documents.SampleModels.CABINET;
import static be.interfederal.cycle.documents.SampleModels.DIAERESIS;
import static be.interfederal.cycle.documents.SampleModels.INDICATOR;
import static be.interfederal.cycle.documents.SampleModels.LESCRENIER;
import static be.interfederal.cycle.documents.SampleModels.OBJECTIVE_1;
import static be.interfederal.cycle.documents.SampleModels.PREVOT;
import static be.interfederal.cycle.documents.SampleModels.PROVIDER;
import static be.interfederal.cycle.documents.SampleModels.SPECIFIC_1_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Every document type renders in every one of its languages from the shipped templates: the DOCX holds the model's
 * values in the document's language and no leftover tag; the PDF made from it holds the same text, accents
 * included. Set -Ddocuments.samples=target/document-samples to keep the files for a look.
 */
class DocumentGeneratorTest {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final Clock MARCH_2 = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), BRUSSELS);
  private static final String FOOTER =
      "General Drugs Policy Cell / Algemene Cel Drugsbeleid / Cellule générale pour la politique des drogues";

  static DocumentGenerator generator(String templateLocation) {
    return new DocumentGenerator(new TemplateSource(new DefaultResourceLoader(), templateLocation),
        new ModelFormatter(BRUSSELS), new DocxRenderer(), new DocxToPdf(new LiberationFonts()), MARCH_2);
  }

  private final DocumentGenerator generator = generator(TemplateSource.SHIPPED);

  static Stream<Arguments> everyTypeAndLanguage() {
    List<Arguments> all = new ArrayList<>();
    for (DocumentType type : DocumentType.values()) {
      type.languages().forEach(language -> all.add(Arguments.of(type, language)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyTypeAndLanguage")
  void rendersEveryTypeInEveryLanguageToDocxAndPdf(DocumentType type, String language) throws IOException {
    DocumentGenerator.Rendered rendered = generator.render("cycle-2026", type, language,
        SampleModels.model(type, language), 3);
    keep(type, language, rendered);

    String docx = docxText(rendered.docx());
    String pdf = pdfText(rendered.pdf());

    assertThat(docx).contains(FOOTER, "cycle-2026", generatedOn(language), " 3")
        .doesNotContain("{{", "}}", "[name]", "[title]");
    assertThat(pdf).contains("Algemene Cel Drugsbeleid", "Cellule générale pour la politique des drogues", "cycle-2026",
        generatedOn(language));
    for (String expected : expectedText(type, language)) {
      assertThat(docx).as("DOCX of %s %s", type, language).contains(expected);
    }
    for (String expected : expectedPdfWords(type, language)) {
      assertThat(pdf).as("PDF of %s %s", type, language).contains(expected);
    }
  }

  @Test
  void theMonitoringReportShowsItsChartsInTheDocxAndThePdf() throws IOException {
    DocumentGenerator.Rendered rendered = generator.render("cycle-2030", DocumentType.MONITORING_REPORT, "fr",
        SampleModels.model(DocumentType.MONITORING_REPORT, "fr"), 1);

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(rendered.docx()))) {
      assertThat(docx.getAllPictures()).as("indicator chart and status chart").hasSize(2)
          .allSatisfy(picture -> assertThat(picture.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG));
    }
    assertThat(pdfImages(rendered.pdf())).as("the same two charts in the PDF").isEqualTo(2);
  }

  /** How many pictures the PDF's pages draw. */
  static int pdfImages(byte[] pdf) throws IOException {
    int images = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().isImageXObject(name)) {
            images++;
          }
        }
      }
    }
    return images;
  }

  @Test
  void formatsDatesNumbersAndYesNoInTheDocumentsLanguage() throws IOException {
    String nl = docxText(generator.render("k", DocumentType.SITUATION_ANALYSIS_REPORT, "nl",
        SampleModels.model(DocumentType.SITUATION_ANALYSIS_REPORT, "nl"), 1).docx());
    String fr = docxText(generator.render("k", DocumentType.SITUATION_ANALYSIS_REPORT, "fr",
        SampleModels.model(DocumentType.SITUATION_ANALYSIS_REPORT, "fr"), 1).docx());

    assertThat(nl).contains("1 januari 2026 – 31 december 2029", "7,6", "2024", "ja", "nee")
        .doesNotContain("2.024");
    assertThat(fr).contains("1 janvier 2026 – 31 décembre 2029", "7,6", "oui", "non");
  }

  @Test
  void markupInAUsersFreeTextIsPrintedAsTypedInTheDocxAndThePdf() throws IOException {
    Map<String, Object> model = new java.util.LinkedHashMap<>(SampleModels.model(DocumentType.EARLY_WARNING_NOTICE, "nl"));
    String typed = "<b>Drie</b> intoxicaties <script>alert('x')</script> & **meer**";
    model.put("signalDescription", typed);

    DocumentGenerator.Rendered rendered = generator.render("k", DocumentType.EARLY_WARNING_NOTICE, "nl", model, 1);

    assertThat(docxText(rendered.docx())).contains(typed);
    assertThat(pdfText(rendered.pdf()).replaceAll("\\s+", " ")).contains("<b>Drie</b> intoxicaties", "<script>alert('x')</script>",
        "& **meer**");
  }

  @Test
  void aLanguageTheTypeIsNotPublishedInIsRefused() {
    assertThatThrownBy(() -> generator.render("k", DocumentType.ADVISORY_REPORT, "nl", Map.of(), 1))
        .isInstanceOf(DocumentGenerationException.class).hasMessageContaining("[nlfr]");
  }

  @Test
  void anEditedTemplateInTheConfiguredFolderWinsAndTheShippedOnesFillTheGaps(@TempDir Path dir)
      throws IOException {
    Path edited = dir.resolve(TemplateSource.path(DocumentType.PRESS_RELEASE, DocumentLanguage.NL));
    Files.createDirectories(edited.getParent());
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("Aangepast persbericht: {{title}}");
      try (var out = Files.newOutputStream(edited)) {
        document.write(out);
      }
    }
    DocumentGenerator withFolder = generator(dir.toUri().toString());

    String press = docxText(withFolder.render("k", DocumentType.PRESS_RELEASE, "nl",
        SampleModels.model(DocumentType.PRESS_RELEASE, "nl"), 1).docx());
    String strategy = docxText(withFolder.render("k", DocumentType.FINAL_STRATEGY, "nl",
        SampleModels.model(DocumentType.FINAL_STRATEGY, "nl"), 1).docx());

    assertThat(press).startsWith("Aangepast persbericht: Interfederale drugsstrategie 2026–2029");
    assertThat(strategy).contains(SPECIFIC_1_1);
  }

  static String generatedOn(String language) {
    return switch (language) {
      case "nl" -> "2 maart 2026";
      case "fr" -> "2 mars 2026";
      case "en" -> "2 March 2026";
      default -> "2 maart 2026 / 2 mars 2026";
    };
  }

  private static List<String> expectedText(DocumentType type, String language) {
    return switch (type) {
      case SITUATION_ANALYSIS_REPORT -> List.of(PROVIDER, INDICATOR, "Indicator 24", "Gezondheidsenquête",
          "Toename van synthetische opioïden (nitazenen)", "38 experten", BELGIUM,
          language.equals("fr") ? "oui" : "ja");
      case ADVISORY_REPORT -> List.of(OBJECTIVE_1, "Promouvoir et protéger la santé et le bien-être",
          "Rapport annuel Eurotox – Prévot-Lescrenier", "Strategische doelstelling 2 / Objectif stratégique 2");
      case CONSULTATION_DRAFT -> List.of(SPECIFIC_1_1, CABINET, DIAERESIS, generatedOn(language), "1.2");
      case POSITION_SYNTHESIS -> List.of(CABINET, "Cabinet " + PREVOT, "41", "Préciser le rôle des Affaires");
      case TMD_DECISION_FILE -> List.of("Katrien Vervoort", "Cabinet " + LESCRENIER, SPECIFIC_1_1, BELGIUM);
      case FINAL_STRATEGY -> List.of(LESCRENIER, PREVOT, SPECIFIC_1_1, "Katrien Vervoort", BELGIUM);
      case PRESS_RELEASE -> List.of(LESCRENIER, PREVOT, OBJECTIVE_1, "https://www.health.belgium.be/drugs", BELGIUM);
      case CNDC_ACTION_PLAN -> List.of("3.4, 3.8", "1.250.000", "Europol", BELGIUM);
      case ACTION_PLAN -> List.of("2.4, 5.3", "400.000", LESCRENIER, "VAD");
      case ME_STRATEGY -> List.of(INDICATOR, PROVIDER, "7,6 % (2023)", DIAERESIS, BELGIUM);
      case EVALUATION_REPORT -> List.of("UGent, UCLouvain en KU Leuven", "vroeginterventie", DIAERESIS, BELGIUM);
      case MONITORING_REPORT -> List.of("2028: 7,4 · 2029: 7,1 · 2030: 6,9", "Aanbesteding loopt", "Actie 3.1", DIAERESIS, BELGIUM);
      case EU_REPORTING_ANNEX -> List.of(INDICATOR, "Reitox " + BELGIUM, "Wachttijden", "Europol", "125000");
      case EARLY_WARNING_NOTICE -> List.of("Nitazenen in namaak-oxycodon", "Toxicologisch labo UZ Gent", CABINET,
          "DJSOC", DIAERESIS, language.equals("fr") ? "élevé" : "hoog", language.equals("fr") ? "oui" : "ja",
          language.equals("fr") ? "28 novembre 2026" : "28 november 2026");
    };
  }

  /** Short words only: a PDF's text comes out line by line, and table cells wrap. */
  private static List<String> expectedPdfWords(DocumentType type, String language) {
    return switch (type) {
      case SITUATION_ANALYSIS_REPORT -> List.of("Sciensano", "opioïden", BELGIUM, "Indicator 24");
      case ADVISORY_REPORT -> List.of("Promouvoir", "Prévot-Lescrenier", BELGIUM);
      case CONSULTATION_DRAFT -> List.of(DIAERESIS, BELGIUM, "Vandenbroucke");
      case POSITION_SYNTHESIS -> List.of("Prévot", "Préciser", BELGIUM);
      case TMD_DECISION_FILE -> List.of("Lescrenier", "Vervoort", BELGIUM);
      case FINAL_STRATEGY -> List.of("Lescrenier", "Prévot", BELGIUM);
      case PRESS_RELEASE -> List.of("Lescrenier", "Prévot", BELGIUM);
      case CNDC_ACTION_PLAN -> List.of("Europol", "3.1", BELGIUM);
      case ACTION_PLAN -> List.of("Lescrenier", "VAD", "5.3");
      case ME_STRATEGY -> List.of("Sciensano", BELGIUM, "2031");
      case EVALUATION_REPORT -> List.of("UGent", BELGIUM, "BELSPO");
      case MONITORING_REPORT -> List.of("Sciensano", BELGIUM, "2030", "cndc");
      case EU_REPORTING_ANNEX -> List.of("Sciensano", "Reitox", "EUDA", "Europol");
      case EARLY_WARNING_NOTICE -> List.of("Nitazenen", "DJSOC", BELGIUM, "opioïden");
    };
  }

  static String docxText(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void keep(DocumentType type, String language, DocumentGenerator.Rendered rendered)
      throws IOException {
    String folder = System.getProperty("documents.samples");
    if (folder == null) {
      return;
    }
    Path dir = Files.createDirectories(Path.of(folder));
    Files.write(dir.resolve(type.slug() + "-" + language + ".docx"), rendered.docx());
    Files.write(dir.resolve(type.slug() + "-" + language + ".pdf"), rendered.pdf());
  }
}
