package be.interfederal.cycle.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import fr.opensagres.xdocreport.openpdf.extension.font.IFontProvider;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts of every PDF: the Liberation families (metric-compatible with Arial, Times New Roman and Courier New),
 * shipped in the openpdf-fonts-extra jar and embedded in the PDF with Unicode encoding. The PDF therefore looks
 * the same on every server, whatever fonts its system has, and shows every accented letter ("Prévot", "ë", "œ").
 * A template font that is neither a serif nor a monospace font is drawn in Liberation Sans.
 */
public class LiberationFonts implements IFontProvider {

  private static final String FOLDER = "liberation/";
  private static final String[] SERIF_NAMES = {"times", "serif", "cambria", "georgia", "garamond", "book antiqua"};
  private static final String[] MONO_NAMES = {"mono", "courier", "consolas"};

  /** Parsed once: a BaseFont is immutable and can be shared by documents rendered at the same time. */
  private final Map<String, BaseFont> loaded = new ConcurrentHashMap<>();

  @Override
  public Font getFont(String familyName, String encoding, float size, int style, Color color) {
    boolean defined = style != Font.UNDEFINED;
    boolean bold = defined && (style & Font.BOLD) != 0;
    boolean italic = defined && (style & Font.ITALIC) != 0;
    // Bold and italic come from the face itself; only the decorations remain as style.
    int decorations = defined ? style & (Font.UNDERLINE | Font.STRIKETHRU) : Font.NORMAL;
    return new Font(baseFont(family(familyName), bold, italic), size, decorations, color);
  }

  BaseFont baseFont(String family, boolean bold, boolean italic) {
    String face = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
    String file = FOLDER + "Liberation" + family + "-" + face + ".ttf";
    return loaded.computeIfAbsent(file, LiberationFonts::load);
  }

  static String family(String familyName) {
    String name = familyName == null ? "" : familyName.toLowerCase(Locale.ROOT);
    if (name.contains("sans")) {
      return "Sans";
    }
    for (String mono : MONO_NAMES) {
      if (name.contains(mono)) {
        return "Mono";
      }
    }
    for (String serif : SERIF_NAMES) {
      if (name.contains(serif)) {
        return "Serif";
      }
    }
    return "Sans";
  }

  private static BaseFont load(String file) {
    try {
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException("Font " + file + " is missing from the classpath (openpdf-fonts-extra)", e);
    }
  }
}
