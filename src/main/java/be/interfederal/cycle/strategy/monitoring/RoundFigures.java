package be.interfederal.cycle.strategy.monitoring;

import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.mestrategy.MeIndicator;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.process.Values;
import com.deepoove.poi.data.PictureRenderData;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the monitoring documents show of the cycle's latest round, in one language: the indicators with their values
 * over the years, the actions with their progress, the counts by status, and the charts of both.
 */
@Component
record RoundFigures(MonitoringRecords records, MeStrategyRecords strategies) {

  MonitoringRound round(String businessKey) {
    return records.latest(businessKey)
        .orElseThrow(() -> new IllegalStateException("Cycle " + businessKey + " has no monitoring round"));
  }

  /** Every value delivered in the cycle: by indicator id, the value of each reference year. */
  Map<Long, Map<Integer, String>> history(String businessKey) {
    return records.history(businessKey);
  }

  /** What the round's action owners reported. */
  List<ActionProgress> progress(MonitoringRound round) {
    return records.progress(round.getCycleKey(), round.getYear());
  }

  /** The indicators, each with its values by reference year ("2030: 12 · 2031: 14") and this round's value. */
  List<Map<String, Object>> indicators(String businessKey, MonitoringRound round, Map<Long, Map<Integer, String>> history,
      String language) {
    Map<Long, IndicatorValue> current = records.values(businessKey, round.getYear());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MeIndicator i : strategies.indicators(businessKey)) {
      Map<Integer, String> values = history.getOrDefault(i.getId(), Map.of());
      IndicatorValue value = current.get(i.getId());
      rows.add(map("objective", i.getObjective(), "title", i.getTitle().in(language),
          "provider", i.getProvider(), "baseline", i.getBaseline() + " (" + i.getBaselineYear() + ")",
          "target", i.getTarget() == null ? "" : i.getTarget(),
          "values", values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(" · ")),
          "value", value == null ? in(language, "niet geleverd", "non fourni", "not delivered") : value.getValue(),
          "note", value == null || value.getNote() == null ? "" : value.getNote(),
          "euda", i.isEudaComparable()));
    }
    return rows;
  }

  /** The row with only these keys: each document's table shows its own columns. */
  static Map<String, Object> only(Map<String, Object> row, String... keys) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (String key : keys) {
      kept.put(key, row.get(key));
    }
    return kept;
  }

  /** A chart per quantitative indicator: its baseline and the values delivered so far, its target dashed. */
  List<Map<String, Object>> indicatorCharts(String businessKey, Map<Long, Map<Integer, String>> history, String language) {
    List<Map<String, Object>> charts = new ArrayList<>();
    for (MeIndicator i : strategies.indicators(businessKey)) {
      if (i.getKind() != IndicatorKind.quantitative) {
        continue;
      }
      Map<Integer, Double> points = new TreeMap<>();
      Double baseline = Values.number(i.getBaseline());
      if (baseline != null) {
        points.put(i.getBaselineYear(), baseline);
      }
      history.getOrDefault(i.getId(), Map.of()).forEach((year, value) -> {
        Double number = Values.number(value);
        if (number != null) {
          points.put(year, number);
        }
      });
      if (points.size() < 2) {
        continue;
      }
      String title = i.getObjective() + " " + i.getTitle().in(language);
      charts.add(map("chartTitle", title, "chart", picture(MonitoringCharts.indicator(title, points, Values.number(i.getTarget())))));
    }
    return charts;
  }

  List<Map<String, Object>> actions(List<ActionProgress> progress, String language) {
    return progress.stream()
        .map(p -> map("plan", p.getPlanKind() == ActionPlanKind.cndc
            ? in(language, "Drugscommissariaat", "Commissariat national aux drogues", "National Drugs Office")
            : in(language, "interfederaal", "interfédéral", "interfederal"),
            "title", p.getTitle(language), "owner", p.getOwner(), "status", StatusLabels.label(p.getStatus(), language),
            "reason", p.getReason() == null ? "" : p.getReason(),
            "spent", p.getBudgetSpent() == null ? "" : p.getBudgetSpent()))
        .toList();
  }

  /** How many actions have each status, in the statuses' order. */
  Map<String, Long> statusCounts(List<ActionProgress> progress, String language) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ProgressStatus status : ProgressStatus.values()) {
      counts.put(StatusLabels.label(status, language), progress.stream().filter(p -> p.getStatus() == status).count());
    }
    return counts;
  }

  List<Map<String, Object>> statusRows(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> map("status", e.getKey(), "count", e.getValue())).toList();
  }

  BigDecimal budgetSpent(List<ActionProgress> progress) {
    return progress.stream().map(ActionProgress::getBudgetSpent)
        .filter(b -> b != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static PictureRenderData picture(byte[] png) {
    return Pictures.ofBytes(png, PictureType.PNG).size(MonitoringCharts.WIDTH, MonitoringCharts.HEIGHT).create();
  }
}
