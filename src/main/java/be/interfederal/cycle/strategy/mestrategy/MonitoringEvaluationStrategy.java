package be.interfederal.cycle.strategy.mestrategy;

import static be.interfederal.cycle.strategy.process.ModelParts.date;
import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The M&E strategy (task generateMeStrategy): its indicators (what each measures, who delivers it, baseline and
 * target, how often, EUDA-comparable or not), the calendar of monitoring rounds and evaluations, the panel's opinion.
 */
@Component
record MonitoringEvaluationStrategy(MeStrategyRecords records, ModelParts parts) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.ME_STRATEGY;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    String key = cycle.getBusinessKey();
    MeStrategy strategy = records.strategy(key);
    model.put("indicators", records.indicators(key).stream().map(i -> map(
        "objective", i.getObjective(), "title", i.getTitle().in(language), "kind", kind(i.getKind(), language),
        "provider", parts.groupName(i.getProvider(), language),
        "baseline", i.getBaseline() + " (" + i.getBaselineYear() + ")", "target", i.getTarget() == null ? "–" : i.getTarget(),
        "frequency", frequency(i.getFrequency(), language), "euda", i.isEudaComparable())).toList());
    model.put("indicatorCount", Integer.toString(records.indicators(key).size()));
    model.put("monitoringDay", strategy.getMonitoringDay() == null ? "–"
        : MonthDay.parse("--" + strategy.getMonitoringDay()).format(DateTimeFormatter.ofPattern("d MMMM", ModelParts.locale(language))));
    model.put("midTermEvaluation", strategy.getMidTermEvaluation() == null ? "–" : date(strategy.getMidTermEvaluation(), language));
    model.put("finalEvaluation", strategy.getFinalEvaluation() == null ? "–" : date(strategy.getFinalEvaluation(), language));
    String opinion = "fr".equals(language) ? strategy.getPanelOpinionFr() : strategy.getPanelOpinionNl();
    model.put("panelOpinion", opinion == null ? "" : opinion);
  }

  static String kind(IndicatorKind kind, String language) {
    return switch (kind) {
      case quantitative -> in(language, "kwantitatief", "quantitatif", "quantitative");
      case qualitative -> in(language, "kwalitatief", "qualitatif", "qualitative");
    };
  }

  static String frequency(Frequency frequency, String language) {
    return switch (frequency) {
      case continuous -> in(language, "continu", "continu", "continuous");
      case yearly -> in(language, "jaarlijks", "annuel", "yearly");
      case adHoc -> in(language, "ad hoc", "ad hoc", "ad hoc");
    };
  }
}
