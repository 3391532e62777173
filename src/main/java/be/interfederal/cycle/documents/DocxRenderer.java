package be.interfederal.cycle.documents;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Fills a DOCX template with poi-tl. The template syntax the secretariat uses (see docs/documents.md):
 *
 * <ul>
 *   <li>{@code {{cycleTitle}}} — a value;
 *   <li>{@code {{?objectives}} … {{/objectives}}} — repeats what is between the two tags (paragraphs, headings,
 *       tables) for each item of a list, whose keys are then available inside; shows it once for a non-empty value;
 *   <li>{@code {{%indicators}}} in a table row — repeats that row for each item, its cells naming the item's keys
 *       in square brackets: {@code [name]}, {@code [value]}.
 * </ul>
 *
 * Expressions are plain key look-ups (poi-tl's default resolver), not Spring EL: a template is a document that
 * people edit, and must not be able to call code.
 */
public class DocxRenderer {

  /** The tag prefix of a repeated table row: {@code {{%rows}}}. */
  public static final char TABLE_ROWS = '%';

  private final Configure configure = Configure.builder()
      // The tag sits in the row that is repeated, so the table reads naturally in Word.
      .addPlugin(TABLE_ROWS, new LoopRowTableRenderPolicy(true))
      .build();

  public byte[] render(byte[] template, Map<String, Object> model) {
    try (XWPFTemplate document = XWPFTemplate.compile(new ByteArrayInputStream(template), configure)) {
      document.render(model);
      ByteArrayOutputStream out = new ByteArrayOutputStream(template.length * 2);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentGenerationException("Cannot render template: " + e.getMessage(), e);
    }
  }
}
