package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rows of the M&E strategy's indicator form into {@link Indicator}s and says, in Dutch and French, what is
 * wrong with them. A plain class: the rules are tested without the engine.
 */
public final class IndicatorRows {

  /** Column sizes (V8 migration). */
  public static final int TITLE_LENGTH = 1000;
  public static final int VALUE_LENGTH = 200;
  /** Baselines older than the first data the cycle's data providers deliver (the situation analysis) are typing errors. */
  static final int FIRST_BASELINE_YEAR = 1990;

  /** This cycle's specific objectives, its period, and the data providers of the directory. */
  public record Context(Set<String> objectiveCodes, int periodStart, int periodEnd, Set<String> providers) {}


  public record Result(List<Indicator> indicators, List<Problem> problems) {}

  private IndicatorRows() {}

  public static Result read(List<Map<String, Object>> rows, Context context) {
    List<Indicator> indicators = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int line = 0;
    for (Map<String, Object> row : rows) {
      line++;
      int before = problems.size();
      Indicator indicator = indicator(row, context, line, problems);
      if (problems.size() == before) {
        indicators.add(indicator);
      }
    }
    return new Result(indicators, problems);
  }

  private static Indicator indicator(Map<String, Object> row, Context context, int line, List<Problem> problems) {
    String nl = Values.string(row, "titleNl");
    String fr = Values.string(row, "titleFr");
    String objective = Values.string(row, "objective");
    String provider = Values.string(row, "provider");
    String baseline = Values.string(row, "baseline");
    Integer year = Values.integer(row.get("baselineYear"));
    String target = Values.string(row, "target");
    IndicatorKind kind = Values.choice(IndicatorKind.class, Values.string(row, "kind"));
    Frequency frequency = Values.choice(Frequency.class, Values.string(row, "frequency"));
    if (nl == null || fr == null || baseline == null || year == null) {
      add(problems, line, "titel (NL en FR), basiswaarde en basisjaar zijn verplicht",
          "le titre (NL et FR), la valeur de référence et son année sont obligatoires");
    }
    if (isLong(nl, TITLE_LENGTH) || isLong(fr, TITLE_LENGTH) || isLong(baseline, VALUE_LENGTH) || isLong(target, VALUE_LENGTH)) {
      add(problems, line, "een titel is hoogstens " + TITLE_LENGTH + " tekens, een waarde " + VALUE_LENGTH,
          "un titre a au plus " + TITLE_LENGTH + " caractères, une valeur " + VALUE_LENGTH);
    }
    if (objective == null || !context.objectiveCodes().contains(objective)) {
      add(problems, line, "onbekende specifieke doelstelling '" + objective + "' in deze cyclus",
          "objectif spécifique inconnu '" + objective + "' dans ce cycle");
    }
    if (provider == null) {
      add(problems, line, "de gegevensleverancier is verplicht", "le fournisseur de données est obligatoire");
    } else if (!context.providers().contains(provider)) {
      add(problems, line, "'" + provider + "' is geen gegevensleverancier", "'" + provider + "' n'est pas un fournisseur de données");
    }
    if (year != null && (year < FIRST_BASELINE_YEAR || year > context.periodEnd())) {
      add(problems, line, "basisjaar " + year + " ligt buiten " + FIRST_BASELINE_YEAR + "–" + context.periodEnd(),
          "l'année de référence " + year + " est hors de " + FIRST_BASELINE_YEAR + "–" + context.periodEnd());
    }
    if (kind == null || frequency == null) {
      add(problems, line, "kies de soort (kwantitatief of kwalitatief) en de frequentie",
          "choisissez le type (quantitatif ou qualitatif) et la fréquence");
    } else if (kind == IndicatorKind.quantitative && Values.number(baseline) == null) {
      add(problems, line, "een kwantitatieve indicator heeft een getal als basiswaarde",
          "un indicateur quantitatif a un nombre comme valeur de référence");
    }
    Boolean euda = Values.flag(row.get("eudaComparable"));
    if (euda == null) {
      add(problems, line, "'vergelijkbaar met het EUDA' is geen ja of nee", "« comparable avec l'EUDA » n'est ni oui ni non");
    }
    return new Indicator(new LocalizedText(nl, fr, null), objective, kind, provider, baseline, year == null ? 0 : year,
        target, frequency, Boolean.TRUE.equals(euda));
  }

  private static boolean isLong(String value, int max) {
    return value != null && value.length() > max;
  }

  private static void add(List<Problem> problems, int line, String nl, String fr) {
    problems.add(new Problem("Indicator " + line + ": " + nl, "Indicateur " + line + " : " + fr));
  }
}
