package be.interfederal.cycle.documents;

import fr.opensagres.poi.xwpf.converter.pdf.PdfConverter;
import fr.opensagres.poi.xwpf.converter.pdf.PdfOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Makes the PDF of a rendered DOCX in-process (XDocReport's POI converter drawing with OpenPDF), so the server needs
 * nothing but Java: no office suite. The PDF is a faithful reading copy, not a pixel-perfect print of Word.
 */
public class DocxToPdf {

  // A4 in twentieths of a point, for documents that state no page size.
  private static final BigInteger A4_WIDTH = BigInteger.valueOf(11906);
  private static final BigInteger A4_HEIGHT = BigInteger.valueOf(16838);

  private final LiberationFonts fonts;

  public DocxToPdf(LiberationFonts fonts) {
    this.fonts = fonts;
  }

  public byte[] convert(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(completeForConverter(docx)))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 2);
      PdfConverter.getInstance().convert(document, out, PdfOptions.create().fontProvider(fonts));
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new DocumentGenerationException("Cannot convert the document to PDF: " + e.getMessage(), e);
    }
  }

  /**
   * Word always writes a styles part and a page size, but a template saved by another tool may lack them, and the
   * converter fails without them. Only the copy converted is completed, never the stored DOCX; it is written out
   * again because the converter reads the styles from the saved package, not from the document in memory.
   */
  private static byte[] completeForConverter(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      CTBody body = document.getDocument().getBody();
      boolean hasPageSize = body.isSetSectPr() && body.getSectPr().isSetPgSz();
      if (document.getStyles() != null && hasPageSize) {
        return docx;
      }
      if (document.getStyles() == null) {
        document.createStyles().setStyles(CTStyles.Factory.newInstance());
      }
      if (!hasPageSize) {
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(A4_WIDTH);
        size.setH(A4_HEIGHT);
      }
      ByteArrayOutputStream completed = new ByteArrayOutputStream(docx.length);
      document.write(completed);
      return completed.toByteArray();
    }
  }
}
