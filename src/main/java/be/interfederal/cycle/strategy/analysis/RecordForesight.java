package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 2, task recordForesight (form foresight.html): the foresight exercise's trends and workshop. */
@Component("recordForesight")
record RecordForesight(AnalysisRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .rows("trends", "Minstens één trend", "Au moins une tendance", Map.of("priority", TrendPriority.class))
      .field("workshopDate", "De datum van de validatieworkshop", "La date de l'atelier de validation")
      .field("workshopValidated", "Gevalideerd door de workshop", "Validé par l'atelier");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    List<ForesightTrend> trends = new ArrayList<>();
    int line = 0;
    for (Map<String, Object> row : form.rows("trends")) {
      line++;
      String trend = Values.string(row, "trend");
      TrendPriority priority = priority(Values.string(row, "priority"));
      if (trend == null || priority == null) {
        form.problem("Elke trend heeft een omschrijving en een prioriteit (hoog/lager)",
            "Chaque tendance a une description et une priorité (haute/moindre)");
      } else if (trend.length() > ForesightTrend.TREND_LENGTH) {
        form.problem(Problem.tooLong("Trend " + line, "Tendance " + line, "de omschrijving", "la description",
            ForesightTrend.TREND_LENGTH));
      } else {
        trends.add(new ForesightTrend(trend, priority));
      }
    }
    if (trends.isEmpty() && !form.hasProblems()) {
      form.missing("trends");
    }
    LocalDate workshop = form.date("workshopDate");
    boolean validated = form.flag("workshopValidated");
    String key = task.getProcessBusinessKey();
    return () -> records.foresight(key, trends, workshop, validated);
  }

  private static TrendPriority priority(String value) {
    for (TrendPriority p : TrendPriority.values()) {
      if (p.name().equals(value)) {
        return p;
      }
    }
    return null;
  }
}
