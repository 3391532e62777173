package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a data provider's indicator-values form and says, in Dutch and French, what is wrong: every
 * indicator it is asked for gets a value (a number for a quantitative one), none it is not asked for. A plain class:
 * the rules are tested without the engine.
 */
public final class IndicatorValueRows {

  /**
   * An indicator the provider is asked for: its id, its kind, its title (for the messages), and whether a value is
   * due this round (an ad hoc indicator is delivered when there is something to deliver).
   */
  public record Asked(long id, IndicatorKind kind, String title, boolean required) {}

  public record Delivered(long indicatorId, String value, String note) {}

  public record Result(List<Delivered> values, List<Problem> problems) {}

  private IndicatorValueRows() {}

  public static Result read(List<Map<String, Object>> rows, List<Asked> asked) {
    Map<Long, Asked> open = new LinkedHashMap<>();
    asked.forEach(a -> open.put(a.id(), a));
    List<Delivered> values = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Integer id = Values.integer(row.get("indicatorId"));
      Asked indicator = id == null ? null : open.remove(id.longValue());
      if (indicator == null) {
        problems.add(new Problem("Indicator " + row.get("indicatorId") + " wordt u niet gevraagd (of staat er twee keer)",
            "L'indicateur " + row.get("indicatorId") + " ne vous est pas demandé (ou figure deux fois)"));
        continue;
      }
      String value = Values.string(row, "value");
      String note = Values.string(row, "note");
      if (value == null && !indicator.required()) {
        continue;
      } else if (value == null) {
        problems.add(new Problem(indicator.title() + ": de waarde is verplicht", indicator.title() + " : la valeur est obligatoire"));
      } else if (value.length() > IndicatorValue.VALUE_LENGTH || (note != null && note.length() > IndicatorValue.NOTE_LENGTH)) {
        problems.add(new Problem(indicator.title() + ": een waarde is hoogstens " + IndicatorValue.VALUE_LENGTH
            + " tekens, een toelichting " + IndicatorValue.NOTE_LENGTH, indicator.title() + " : une valeur a au plus "
            + IndicatorValue.VALUE_LENGTH + " caractères, un commentaire " + IndicatorValue.NOTE_LENGTH));
      } else if (indicator.kind() == IndicatorKind.quantitative && Values.decimal(value) == null) {
        problems.add(new Problem(indicator.title() + ": '" + value + "' is geen getal",
            indicator.title() + " : '" + value + "' n'est pas un nombre"));
      } else {
        // a number is kept in one notation ("7,1" typed is "7.1"), so that charts and the EU annex read it alike
        String kept = indicator.kind() == IndicatorKind.quantitative
            ? Values.decimal(value).stripTrailingZeros().toPlainString() : value;
        values.add(new Delivered(indicator.id(), kept, note));
      }
    }
    open.values().stream().filter(Asked::required).forEach(a -> problems.add(new Problem(a.title() + ": geen waarde geleverd", a.title() + " : aucune valeur fournie")));
    return new Result(values, problems);
  }
}
