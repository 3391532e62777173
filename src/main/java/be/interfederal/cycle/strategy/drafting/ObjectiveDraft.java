package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The strategic objectives as the secretariat drafts them: each keeps its number (the advisory panel recommended on
 * it and the cabinets give a position on it), its title and its specific objectives can be rewritten, added, removed
 * and reordered. Specific objectives are numbered by their place ("3.10" is the tenth of objective 3), so a
 * removed one leaves no gap; earlier rounds keep their own numbering in their consultation drafts.
 *
 * <p>Reads the rows a form submits, in the shape {@link #rows(List)} offers them, and says in Dutch and French
 * what is wrong; it does not touch the engine or the database.
 */
public final class ObjectiveDraft {

  /** Column sizes of cycle_objective and cycle_specific_objective (V2 migration). */
  static final int TITLE_LENGTH = 1000;
  static final int SPECIFIC_LENGTH = 2000;

  /** A drafted strategic objective. */
  public record Objective(int number, LocalizedText title, List<LocalizedText> specifics) {
    /** A stored objective, as a draft starts from it. */
    public static Objective of(CycleObjective stored) {
      return new Objective(stored.getNumber(), stored.getTitle(),
          stored.getSpecificObjectives().stream().map(CycleObjective.Specific::getTitle).toList());
    }
  }

  /** A problem with the submission, in both languages. */

  /** The outcome of reading a submission: the objectives when {@link #problems()} is empty. */
  public record Result(List<Objective> objectives, List<Problem> problems) {}

  private ObjectiveDraft() {}

  /** The rows a drafting form starts from: the current objectives, each with its specific objectives. */
  public static List<Map<String, Object>> rows(List<Objective> objectives) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Objective o : objectives) {
      Map<String, Object> row = texts(o.title());
      row.put("number", o.number());
      List<Map<String, Object>> specifics = new ArrayList<>();
      for (int i = 0; i < o.specifics().size(); i++) {
        Map<String, Object> specific = texts(o.specifics().get(i));
        specific.put("code", code(o.number(), i));
        specifics.add(specific);
      }
      row.put("specifics", specifics);
      rows.add(row);
    }
    return rows;
  }

  /** "3.10": the code of the i-th (from 0) specific objective of a strategic objective. */
  public static String code(int number, int index) {
    return number + "." + (index + 1);
  }

  /**
   * Reads the submitted rows against the numbers the cycle's objectives have. Every objective must be there once,
   * with a Dutch and a French title and at least one specific objective that has both; English is optional.
   */
  public static Result read(List<Map<String, Object>> rows, List<Integer> numbers) {
    List<Problem> problems = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>();
    TreeSet<Integer> seen = new TreeSet<>();
    for (Map<String, Object> row : rows) {
      Integer number = Values.integer(row.get("number"));
      if (number == null || !numbers.contains(number)) {
        problems.add(new Problem("Onbekende strategische doelstelling " + row.get("number"),
            "Objectif stratégique inconnu " + row.get("number")));
        continue;
      }
      if (!seen.add(number)) {
        problems.add(new Problem("Strategische doelstelling " + number + " staat er twee keer",
            "L'objectif stratégique " + number + " figure deux fois"));
        continue;
      }
      LocalizedText title = text(row, TITLE_LENGTH, problems,
          "De titel van strategische doelstelling " + number, "Le titre de l'objectif stratégique " + number);
      List<LocalizedText> specifics = new ArrayList<>();
      List<?> items = list(row.get("specifics"));
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        String code = code(number, i);
        if (item instanceof Map<?, ?> map) {
          specifics.add(text(cast(map), SPECIFIC_LENGTH, problems,
              "Specifieke doelstelling " + code, "L'objectif spécifique " + code));
        } else {
          problems.add(new Problem("Specifieke doelstelling " + code + " is geen rij met titels",
              "L'objectif spécifique " + code + " n'est pas une ligne de titres"));
        }
      }
      if (specifics.isEmpty()) {
        problems.add(new Problem("Strategische doelstelling " + number + " heeft minstens één specifieke doelstelling nodig",
            "L'objectif stratégique " + number + " requiert au moins un objectif spécifique"));
      }
      objectives.add(new Objective(number, title, specifics));
    }
    for (Integer number : numbers) {
      if (!seen.contains(number)) {
        problems.add(new Problem("Strategische doelstelling " + number + " ontbreekt",
            "L'objectif stratégique " + number + " manque"));
      }
    }
    objectives.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return new Result(problems.isEmpty() ? objectives : List.of(), problems);
  }

  private static LocalizedText text(Map<String, Object> row, int maxLength, List<Problem> problems, String labelNl,
      String labelFr) {
    String nl = Values.string(row, "titleNl");
    String fr = Values.string(row, "titleFr");
    String en = Values.string(row, "titleEn");
    if (nl == null) {
      problems.add(new Problem(labelNl + " (Nederlands) is verplicht", labelFr + " (néerlandais) est obligatoire"));
    }
    if (fr == null) {
      problems.add(new Problem(labelNl + " (Frans) is verplicht", labelFr + " (français) est obligatoire"));
    }
    for (String value : new String[] {nl, fr, en}) {
      if (value != null && value.length() > maxLength) {
        problems.add(Problem.tooLong(labelNl, labelFr, maxLength, value.length()));
        break;
      }
    }
    return new LocalizedText(nl, fr, en);
  }

  private static Map<String, Object> texts(LocalizedText text) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("titleNl", text.getNl());
    row.put("titleFr", text.getFr());
    row.put("titleEn", text.getEn());
    return row;
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
