package be.interfederal.cycle.documents;

import com.deepoove.poi.data.RenderData;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the model a caller builds into the text a template shows, in the document's language: dates as
 * "2 maart 2026" / "2 mars 2026" / "2 March 2026", yes/no as "ja"/"nee" / "oui"/"non", decimals with the locale's
 * decimal sign. Templates then only place text, so a secretariat editing one never deals with formats. Years and
 * other whole numbers are left ungrouped ("2026", not "2.026").
 */
public final class ModelFormatter {

  /** How a date is written in running text in every language the cell publishes in. */
  private static final String DATE_PATTERN = "d MMMM uuuu";
  /** Between the Dutch and French forms of a value in a bilingual document. */
  static final String BILINGUAL_SEPARATOR = " / ";
  private static final Map<String, String[]> YES_NO = Map.of(
      "nl", new String[] {"ja", "nee"},
      "fr", new String[] {"oui", "non"},
      "en", new String[] {"yes", "no"});

  private final ZoneId zone;

  public ModelFormatter(ZoneId zone) {
    this.zone = zone;
  }

  /** A deep copy of the model with every value that is not text written as text in the language. */
  public Map<String, Object> format(Map<String, ?> model, DocumentLanguage language) {
    Map<String, Object> copy = new LinkedHashMap<>();
    model.forEach((key, value) -> copy.put(key, value(value, language)));
    return copy;
  }

  /** The date as it is written in the document's language. */
  public String date(TemporalAccessor date, DocumentLanguage language) {
    return inEachLocale(language, locale -> DateTimeFormatter.ofPattern(DATE_PATTERN, locale).format(date));
  }

  private Object value(Object value, DocumentLanguage language) {
    // a picture (a chart) is placed as it is
    if (value == null || value instanceof String || value instanceof RenderData) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, nested) -> copy.put(String.valueOf(key), value(nested, language)));
      return copy;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> copy = new ArrayList<>();
      items.forEach(item -> copy.add(value(item, language)));
      return copy;
    }
    if (value instanceof Object[] items) {
      return value(Arrays.asList(items), language);
    }
    if (value instanceof Boolean yes) {
      return inEachLocale(language, locale -> YES_NO.get(locale.getLanguage())[yes ? 0 : 1]);
    }
    if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof ZonedDateTime
        || value instanceof OffsetDateTime) {
      return date((TemporalAccessor) value, language);
    }
    if (value instanceof Instant instant) {
      return date(instant.atZone(zone), language);
    }
    if (value instanceof Date date) {
      return date(date.toInstant().atZone(zone), language);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof Number number) {
      return inEachLocale(language, locale -> decimal(locale).format(new BigDecimal(number.toString())));
    }
    return value.toString();
  }

  private static DecimalFormat decimal(Locale locale) {
    DecimalFormat format = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
    format.setGroupingUsed(false);
    return format;
  }

  private static String inEachLocale(DocumentLanguage language, Function<Locale, String> write) {
    List<String> forms = language.locales().stream().map(write).distinct().toList();
    return String.join(BILINGUAL_SEPARATOR, forms);
  }
}
