package be.interfederal.cycle.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document's language and the locales its values are written in: Belgian Dutch and French, British English, and
 * the bilingual Dutch-French documents, whose dates and yes/no read "2 maart 2026 / 2 mars 2026".
 */
public enum DocumentLanguage {
  NL("nl", Locale.forLanguageTag("nl-BE")),
  FR("fr", Locale.forLanguageTag("fr-BE")),
  EN("en", Locale.UK),
  NL_FR("nlfr", Locale.forLanguageTag("nl-BE"), Locale.forLanguageTag("fr-BE"));

  private final String code;
  private final List<Locale> locales;

  DocumentLanguage(String code, Locale... locales) {
    this.code = code;
    this.locales = List.of(locales);
  }

  public String code() {
    return code;
  }

  public List<Locale> locales() {
    return locales;
  }

  public static DocumentLanguage of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown document language '" + code + "' (known: "
            + Arrays.stream(values()).map(DocumentLanguage::code).toList() + ")"));
  }
}
