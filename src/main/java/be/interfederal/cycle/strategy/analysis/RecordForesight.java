package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
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

  /** Column size of foresight_trend.trend (V2 migration). */
  static final int TREND_LENGTH = 1000;

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
    for (Map<String, Object> row : form.rows("trends")) {
      String trend = Values.string(row, "trend");
      TrendPriority priority = priority(Values.string(row, "priority"));
      if (trend == null || priority == null) {
        form.problem("Elke trend heeft een omschrijving en een prioriteit (hoog/lager)",
            "Chaque tendance a une description et une priorité (haute/moindre)");
      } else if (trend.length() > TREND_LENGTH) {
        form.problem("Een trend is hoogstens " + TREND_LENGTH + " tekens", "Une tendance a au plus " + TREND_LENGTH + " caractères");
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
