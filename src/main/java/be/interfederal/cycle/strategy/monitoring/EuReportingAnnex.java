package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The EU reporting annex of a monitoring round (task generateEuReportingAnnex): what Belgium passes on, through the
 * Reitox focal point (Sciensano), to the EUDA — the values of the EUDA-comparable indicators first, then the others —
 * and how far the action plans got.
 */
@Component
record EuReportingAnnex(RoundFigures figures) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.EU_REPORTING_ANNEX;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    String key = cycle.getBusinessKey();
    MonitoringRound round = figures.round(key);
    List<ActionProgress> progress = figures.progress(round);
    List<Map<String, Object>> indicators = figures.indicators(key, round, figures.history(key), language);
    model.put("year", round.getYear());
    model.put("referenceYear", round.getReferenceYear());
    model.put("eudaIndicators", indicators.stream().filter(i -> Boolean.TRUE.equals(i.get("euda"))).map(EuReportingAnnex::row).toList());
    model.put("otherIndicators", indicators.stream().filter(i -> !Boolean.TRUE.equals(i.get("euda"))).map(EuReportingAnnex::row).toList());
    model.put("statuses", figures.statusRows(figures.statusCounts(progress, language)));
    model.put("actionCount", progress.size());
    model.put("budgetSpent", figures.budgetSpent(progress));
  }

  private static Map<String, Object> row(Map<String, Object> indicator) {
    return RoundFigures.only(indicator, "objective", "title", "provider", "baseline", "value", "note");
  }
}
