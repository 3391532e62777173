package be.interfederal.cycle.strategy.monitoring;

import static be.interfederal.cycle.strategy.process.ModelParts.in;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The yearly monitoring report (task generateMonitoringReport): the secretariat's summary, each indicator's values
 * over the years (a table and a chart per quantitative indicator), the actions by status (a table and a chart), each
 * action's progress, and a proposed amendment of the action plan. A new version for every round and every return.
 */
@Component
record MonitoringReport(RoundFigures figures) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.MONITORING_REPORT;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    String key = cycle.getBusinessKey();
    MonitoringRound round = figures.round(key);
    List<ActionProgress> progress = figures.progress(round);
    Map<Long, Map<Integer, String>> history = figures.history(key);
    Map<String, Long> counts = figures.statusCounts(progress, language);
    model.put("year", round.getYear());
    model.put("referenceYear", round.getReferenceYear());
    model.put("summary", round.getSummary(language) == null ? "" : round.getSummary(language));
    model.put("indicators", figures.indicators(key, round, history, language).stream()
        .map(i -> RoundFigures.only(i, "objective", "title", "provider", "baseline", "target", "values")).toList());
    model.put("indicatorCharts", figures.indicatorCharts(key, history, language));
    model.put("statuses", figures.statusRows(counts));
    model.put("statusChart", RoundFigures.picture(MonitoringCharts.statuses(counts)));
    model.put("actions", figures.actions(progress, language));
    model.put("budgetSpent", figures.budgetSpent(progress));
    model.put("amendment", round.isAmendmentProposed() ? round.getAmendmentMotivation()
        : in(language, "De ronde stelt geen wijziging van het actieplan voor.",
            "Le tour ne propose pas de modification du plan d'action.", "The round proposes no amendment of the action plan."));
  }
}
