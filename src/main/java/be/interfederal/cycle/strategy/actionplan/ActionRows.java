package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the rows of an action-plan form into {@link Action}s and says, in Dutch and French, what is wrong with them.
 * A plain class: the rules are tested without the engine.
 */
public final class ActionRows {

  /** Column sizes (V6 migration). */
  public static final int TITLE_LENGTH = 1000;
  public static final int PARTNERS_LENGTH = 2000;
  /** A budget above a trillion euro is a typing error, and more than the column holds. */
  public static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

  /** What the rows are checked against: this cycle's specific objectives, its period, the directory, the reference lists. */
  public record Context(Set<String> objectiveCodes, int periodStart, int periodEnd, Set<String> governments,
      Map<String, Set<String>> ministerGovernments, Set<String> pillars, Set<String> scopeCategories) {}


  public record Result(List<Action> actions, List<Problem> problems) {}

  private ActionRows() {}

  public static Result read(List<Map<String, Object>> rows, Context context) {
    List<Action> actions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    int line = 0;
    for (Map<String, Object> row : rows) {
      line++;
      Action action = action(row, context, new Line(line, problems));
      if (action != null) {
        actions.add(action);
      }
    }
    return new Result(actions, problems);
  }

  /** Problems of one row, prefixed with its number. */
  private record Line(int number, List<Problem> problems) {
    void add(String nl, String fr) {
      problems.add(new Problem("Actie " + number + ": " + nl, "Action " + number + " : " + fr));
    }
  }

  private static Action action(Map<String, Object> row, Context context, Line line) {
    int before = line.problems().size();
    String nl = Values.string(row, "titleNl");
    String fr = Values.string(row, "titleFr");
    String en = Values.string(row, "titleEn");
    if (nl == null || fr == null) {
      line.add("de titel in het Nederlands en het Frans is verplicht", "le titre en néerlandais et en français est obligatoire");
    }
    for (String title : new String[] {nl, fr, en}) {
      if (title != null && title.length() > TITLE_LENGTH) {
        line.add("een titel is hoogstens " + TITLE_LENGTH + " tekens", "un titre a au plus " + TITLE_LENGTH + " caractères");
        break;
      }
    }
    List<String> objectives = codes(row.get("objectives"));
    if (objectives.isEmpty()) {
      line.add("kies minstens één specifieke doelstelling", "choisissez au moins un objectif spécifique");
    }
    Set<String> unknown = new TreeSet<>(objectives);
    unknown.removeAll(context.objectiveCodes());
    if (!unknown.isEmpty()) {
      line.add("onbekende specifieke doelstelling(en) " + unknown + " in deze cyclus",
          "objectif(s) spécifique(s) inconnu(s) " + unknown + " dans ce cycle");
    }
    String government = Values.string(row, "leadGovernment");
    String minister = Values.string(row, "leadMinister");
    lead(government, minister, context, line);
    String partners = Values.string(row, "partners");
    if (partners != null && partners.length() > PARTNERS_LENGTH) {
      line.add("de partners zijn hoogstens " + PARTNERS_LENGTH + " tekens", "les partenaires ont au plus " + PARTNERS_LENGTH + " caractères");
    }
    LocalDate start = date(row.get("start"), "het begin", "le début", line);
    LocalDate end = date(row.get("end"), "het einde", "la fin", line);
    period(start, end, context, line);
    BigDecimal budget = budget(row.get("budget"), line);
    String pillar = choice(row, "pillar", context.pillars(), "de pijler", "le pilier", line);
    String scope = choice(row, "scopeCategory", context.scopeCategories(), "de categorie", "la catégorie", line);
    ExistingPlan plan = existingPlan(Values.string(row, "existingPlan"), line);
    if (line.problems().size() > before) {
      return null;
    }
    return new Action(new LocalizedText(nl, fr, en), objectives, government, minister, partners, start, end, budget,
        pillar, scope, plan);
  }

  private static void lead(String government, String minister, Context context, Line line) {
    if (government == null) {
      line.add("de trekkende overheid is verplicht", "le gouvernement pilote est obligatoire");
    } else if (!context.governments().contains(government)) {
      line.add("onbekende overheid '" + government + "'", "gouvernement inconnu '" + government + "'");
    }
    if (minister != null && !context.ministerGovernments().containsKey(minister)) {
      line.add("onbekende minister '" + minister + "'", "ministre inconnu '" + minister + "'");
    } else if (minister != null && government != null && !context.ministerGovernments().get(minister).contains(government)) {
      line.add("de minister is niet bevoegd binnen de trekkende overheid", "le ministre n'est pas compétent au sein du gouvernement pilote");
    }
  }

  private static void period(LocalDate start, LocalDate end, Context context, Line line) {
    LocalDate first = LocalDate.of(context.periodStart(), 1, 1);
    LocalDate last = LocalDate.of(context.periodEnd(), 12, 31);
    if (start != null && end != null && end.isBefore(start)) {
      line.add("het einde ligt voor het begin", "la fin précède le début");
    }
    for (LocalDate date : new LocalDate[] {start, end}) {
      if (date != null && (date.isBefore(first) || date.isAfter(last))) {
        line.add(date + " ligt buiten de periode " + context.periodStart() + "–" + context.periodEnd(),
            date + " est hors de la période " + context.periodStart() + "–" + context.periodEnd());
        break;
      }
    }
  }

  private static LocalDate date(Object value, String nl, String fr, Line line) {
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      line.add(nl + " is verplicht", fr + " est obligatoire");
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      line.add(nl + " is geen datum (JJJJ-MM-DD): '" + text + "'", fr + " n'est pas une date (AAAA-MM-JJ) : '" + text + "'");
      return null;
    }
  }

  private static BigDecimal budget(Object value, Line line) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    BigDecimal budget;
    try {
      budget = new BigDecimal(value.toString().trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      line.add("het budget is geen bedrag: '" + value + "'", "le budget n'est pas un montant : '" + value + "'");
      return null;
    }
    if (budget.signum() < 0 || budget.compareTo(MAX_BUDGET) > 0 || budget.scale() > 2) {
      line.add("het budget moet een bedrag in euro zijn van 0 tot " + MAX_BUDGET + ", op de cent",
          "le budget doit être un montant en euros de 0 à " + MAX_BUDGET + ", au centime près");
      return null;
    }
    return budget;
  }

  private static String choice(Map<String, Object> row, String key, Set<String> known, String nl, String fr, Line line) {
    String value = Values.string(row, key);
    if (value == null) {
      line.add(nl + " is verplicht", fr + " est obligatoire");
    } else if (!known.contains(value)) {
      line.add("onbekende waarde '" + value + "' voor " + nl, "valeur inconnue '" + value + "' pour " + fr);
    }
    return value;
  }

  private static ExistingPlan existingPlan(String value, Line line) {
    if (value == null) {
      return null;
    }
    try {
      return ExistingPlan.valueOf(value);
    } catch (IllegalArgumentException e) {
      line.add("onbekend bestaand plan '" + value + "'", "plan existant inconnu '" + value + "'");
      return null;
    }
  }

  /** A list of codes, or one comma-separated text of them. */
  private static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(v -> codes.add(String.valueOf(v).trim()));
    } else if (value != null && !value.toString().isBlank()) {
      for (String code : value.toString().split("\\s*,\\s*")) {
        codes.add(code.trim());
      }
    }
    codes.removeIf(String::isEmpty);
    return List.copyOf(new LinkedHashMap<String, Boolean>(codes.stream().collect(
        LinkedHashMap::new, (m, c) -> m.put(c, true), Map::putAll)).keySet());
  }
}
