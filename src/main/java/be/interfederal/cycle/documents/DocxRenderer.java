package be.interfederal.cycle.documents;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

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
      removeEmptyUnderlines(document.getXWPFDocument());
      ByteArrayOutputStream out = new ByteArrayOutputStream(template.length * 2);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new DocumentGenerationException("Cannot render template: " + e.getMessage(), e);
    }
  }

  /**
   * poi-tl copies the underline colour of a run it splits even when the run has no underline, leaving
   * {@code <w:u w:color="auto"/>}: an underline element without a pattern, which word processors need not read as
   * "none". Removed, so the document says exactly what the template said.
   */
  static void removeEmptyUnderlines(XWPFDocument document) {
    removeEmptyUnderlines(document.getBodyElements());
    document.getHeaderList().forEach(header -> removeEmptyUnderlines(header.getBodyElements()));
    document.getFooterList().forEach(footer -> removeEmptyUnderlines(footer.getBodyElements()));
  }

  private static void removeEmptyUnderlines(List<IBodyElement> elements) {
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        for (XWPFRun run : paragraph.getRuns()) {
          CTRPr properties = run.getCTR().getRPr();
          for (int i = properties == null ? -1 : properties.sizeOfUArray() - 1; i >= 0; i--) {
            if (!properties.getUArray(i).isSetVal()) {
              properties.removeU(i);
            }
          }
        }
      } else if (element instanceof XWPFTable table) {
        table.getRows().forEach(row -> row.getTableCells().forEach(cell ->
            removeEmptyUnderlines(cell.getBodyElements())));
      }
    }
  }
}
