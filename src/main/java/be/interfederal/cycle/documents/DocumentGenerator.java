package be.interfederal.cycle.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Makes one document, DOCX and PDF, from its template and a model; stores nothing. The caller's model gives the
 * cycle's and the document's own values; the generator adds what it alone knows: {@code businessKey},
 * {@code version} and {@code generatedOn} (today, in the document's language).
 */
public class DocumentGenerator {

  public static final String BUSINESS_KEY = "businessKey";
  public static final String VERSION = "version";
  public static final String GENERATED_ON = "generatedOn";

  private final TemplateSource templates;
  private final ModelFormatter formatter;
  private final DocxRenderer renderer;
  private final DocxToPdf pdf;
  private final Clock clock;

  public DocumentGenerator(TemplateSource templates, ModelFormatter formatter, DocxRenderer renderer, DocxToPdf pdf,
      Clock clock) {
    this.templates = templates;
    this.formatter = formatter;
    this.renderer = renderer;
    this.pdf = pdf;
    this.clock = clock;
  }

  /** The rendered document in both formats. */
  public record Rendered(byte[] docx, byte[] pdf) {}

  public Rendered render(String businessKey, DocumentType type, String languageCode, Map<String, ?> model,
      int version) {
    if (!type.supports(languageCode)) {
      throw new DocumentGenerationException(type + " is published in " + type.languages() + ", not in '"
          + languageCode + "'");
    }
    DocumentLanguage language = DocumentLanguage.of(languageCode);
    Map<String, Object> values = formatter.format(model, language);
    values.put(BUSINESS_KEY, businessKey);
    values.put(VERSION, Integer.toString(version));
    values.put(GENERATED_ON, formatter.date(LocalDate.now(clock), language));
    byte[] docx = renderer.render(templates.read(type, language), values);
    return new Rendered(docx, pdf.convert(docx));
  }
}
