package be.interfederal.cycle.strategy.analysis;

import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.evaluation.PreviousEvaluation;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The situation analysis report (task generateSituationReport): contributions, foresight, the previous cycle's final
 * evaluation, consolidation.
 */
@Component
record SituationAnalysisReport(AnalysisRecords records, ModelParts parts, PreviousEvaluation previous) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.SITUATION_ANALYSIS_REPORT;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    List<Map<String, Object>> contributions = records.contributions(cycle.getBusinessKey()).stream()
        .map(c -> map("providerName", parts.groupName(c.getProviderGroup(), language), "dataGaps", c.getDataGaps(),
            "indicators", c.getIndicators().stream().map(i -> map("name", i.getName(), "value", i.getValue(),
                "unit", i.getUnit(), "year", Integer.toString(i.getYear()), "source", i.getSource(),
                "method", i.getMethod().name(), "eudaComparable", i.isEudaComparable())).toList()))
        .toList();
    model.put("contributions", contributions);
    model.put("foresightTrends", cycle.getForesightTrends().stream()
        .map(t -> map("trend", t.getTrend(), "priority", label(t.getPriority(), language))).toList());
    model.put("foresightWorkshop", cycle.getForesightWorkshop());
    model.put("consolidation", cycle.getConsolidation());
    model.put("previousEvaluation", previous.text(cycle.getBusinessKey(), language));
  }

  static String label(TrendPriority priority, String language) {
    return switch (priority) {
      case high -> in(language, "hoog", "haute", "high");
      case lower -> in(language, "lager", "moindre", "lower");
    };
  }
}
