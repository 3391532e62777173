package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 2, task deliverContribution (form situation-contribution.html): a data provider's indicators. */
@Component("recordContribution")
record RecordContribution(Cycles cycles, AnalysisRecords records, GroupMembership membership) implements FormListener {

  static final int FIRST_DATA_YEAR = 1990;

  private static final FormFields FIELDS = FormFields.of()
      .rows("indicators", "Minstens één indicator", "Au moins un indicateur", Map.of("method", Method.class))
      .field("dataGaps", "De ontbrekende gegevens", "Les lacunes dans les données");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    Cycle cycle = cycles.cycle(task.getProcessBusinessKey());
    List<Contribution.Indicator> indicators = new ArrayList<>();
    List<Map<String, Object>> rows = form.rows("indicators");
    if (rows.isEmpty()) {
      form.missing("indicators");
    }
    int line = 0;
    for (Map<String, Object> row : rows) {
      line++;
      Contribution.Indicator indicator = indicator(row, line, cycle.getPeriodEnd(), form);
      if (indicator != null) {
        indicators.add(indicator);
      }
    }
    String gaps = form.optionalText("dataGaps", Contribution.GAPS_LENGTH);
    String provider = (String) task.getVariable(Variables.DATA_PROVIDER);
    membership.check(form, provider);
    String by = Actor.current();
    return () -> records.contribution(cycle.getBusinessKey(), provider, indicators, gaps, by);
  }

  private static Contribution.Indicator indicator(Map<String, Object> row, int line, int lastYear, FormInput form) {
    String name = Values.string(row, "name");
    Double value = Values.number(row.get("value"));
    Integer year = Values.integer(row.get("year"));
    String source = Values.string(row, "source");
    String method = Values.string(row, "method");
    if (name == null || value == null || year == null || source == null || method == null) {
      form.problem("Indicator " + line + ": naam, waarde, jaar, bron en methode zijn verplicht",
          "Indicateur " + line + " : nom, valeur, année, source et méthode sont obligatoires");
      return null;
    }
    String unit = Values.string(row, "unit");
    String rowNl = "Indicator " + line;
    String rowFr = "Indicateur " + line;
    if (name.length() > Contribution.NAME_LENGTH) {
      form.problem(Problem.tooLong(rowNl, rowFr, "de naam", "le nom", Contribution.NAME_LENGTH));
    }
    if (unit != null && unit.length() > Contribution.UNIT_LENGTH) {
      form.problem(Problem.tooLong(rowNl, rowFr, "de eenheid", "l'unité", Contribution.UNIT_LENGTH));
    }
    if (source.length() > Contribution.SOURCE_LENGTH) {
      form.problem(Problem.tooLong(rowNl, rowFr, "de bron", "la source", Contribution.SOURCE_LENGTH));
    }
    if (year < FIRST_DATA_YEAR || year > lastYear) {
      form.problem("Indicator " + line + ": jaar " + year + " ligt buiten " + FIRST_DATA_YEAR + "–" + lastYear,
          "Indicateur " + line + " : l'année " + year + " est hors de " + FIRST_DATA_YEAR + "–" + lastYear);
    }
    Method parsed;
    try {
      parsed = Method.valueOf(method);
    } catch (IllegalArgumentException e) {
      form.problem("Indicator " + line + ": onbekende methode '" + method + "'",
          "Indicateur " + line + " : méthode inconnue '" + method + "'");
      return null;
    }
    Boolean euda = Values.flag(row.get("eudaComparable"));
    if (euda == null) {
      form.problem(rowNl + ": 'vergelijkbaar met het EUDA' is geen ja of nee",
          rowFr + " : « comparable avec l'EUDA » n'est ni oui ni non");
      return null;
    }
    return new Contribution.Indicator(name, value, unit, year, source, parsed, euda);
  }
}
