package be.interfederal.cycle.strategy.monitoring;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.PlanAction;
import be.interfederal.cycle.strategy.mestrategy.MeIndicator;
import be.interfederal.cycle.strategy.mestrategy.MeStrategies;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * What the monitoring-round model asks in one-line expressions: who delivers values and who reports progress, the
 * rows their forms start from, and what the secretariat's consolidation form shows. A data provider that delivers via
 * the Reitox focal point is answered for by it, as for the M&E strategy's confirmations.
 */
@Component("monitoringRounds")
public record MonitoringRounds(MeStrategyRecords strategies, MeStrategies meStrategies, ActionPlanRecords plans,
    MonitoringRecords records) {

  /** The groups that deliver indicator values: each provider of an indicator, or the focal point it delivers via. */
  public List<String> providers(String businessKey) {
    return meStrategies.confirmers(businessKey);
  }

  /** The groups that own an action of either plan (the group that proposed it). */
  public List<String> owners(String businessKey) {
    TreeSet<String> owners = new TreeSet<>();
    for (ActionPlanKind kind : ActionPlanKind.values()) {
      plans.actions(businessKey, kind).forEach(a -> owners.add(a.getProposedBy()));
    }
    return List.copyOf(owners);
  }

  public List<MeIndicator> indicatorsOf(String businessKey, String deliveringGroup) {
    List<String> providers = meStrategies.providersOf(deliveringGroup);
    return strategies.indicators(businessKey).stream().filter(i -> providers.contains(i.getProvider())).toList();
  }

  public List<ProgressRows.Owned> actionsOf(String businessKey, String owner) {
    List<ProgressRows.Owned> owned = new ArrayList<>();
    for (ActionPlanKind kind : ActionPlanKind.values()) {
      for (PlanAction a : plans.actions(businessKey, kind)) {
        if (a.getProposedBy().equals(owner)) {
          owned.add(new ProgressRows.Owned(kind, a.getPosition(), a.getTitle().getNl(), a.getTitle().getFr(), owner));
        }
      }
    }
    return owned;
  }

  /** The rows of a provider's form: its indicators, with what it delivered before in this round. */
  public SpinJsonNode valueRows(String processInstanceId, String deliveringGroup) {
    MonitoringRound round = records.round(processInstanceId);
    String businessKey = round.getCycleKey();
    Map<Long, IndicatorValue> delivered = records.values(businessKey, round.getYear());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MeIndicator i : indicatorsOf(businessKey, deliveringGroup)) {
      IndicatorValue value = delivered.get(i.getId());
      rows.add(map("indicatorId", i.getId(), "titleNl", i.getTitle().getNl(), "titleFr", i.getTitle().getFr(),
          "objective", i.getObjective(), "kind", i.getKind().name(), "provider", i.getProvider(),
          "baseline", i.getBaseline(), "baselineYear", i.getBaselineYear(), "target", i.getTarget(),
          "value", value == null ? null : value.getValue(), "note", value == null ? null : value.getNote()));
    }
    return Spin.JSON(rows);
  }

  /** The rows of an owner's progress form: its actions, with what it reported before in this round. */
  public SpinJsonNode progressRows(String processInstanceId, String owner) {
    MonitoringRound round = records.round(processInstanceId);
    String businessKey = round.getCycleKey();
    List<ActionProgress> reported = records.progress(businessKey, round.getYear());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ActionPlanKind kind : ActionPlanKind.values()) {
      for (PlanAction a : plans.actions(businessKey, kind)) {
        if (!a.getProposedBy().equals(owner)) {
          continue;
        }
        ActionProgress before = reported.stream()
            .filter(p -> p.getPlanKind() == kind && p.getPosition() == a.getPosition()).findFirst().orElse(null);
        rows.add(map("plan", kind.name(), "position", a.getPosition(), "titleNl", a.getTitle().getNl(),
            "titleFr", a.getTitle().getFr(), "objectives", String.join(", ", a.getObjectives()),
            "start", a.getStart().toString(), "end", a.getEnd().toString(),
            "budget", a.getBudget() == null ? null : a.getBudget().toPlainString(),
            "status", before == null ? null : before.getStatus().name(), "reason", before == null ? null : before.getReason(),
            "budgetSpent", before == null || before.getBudgetSpent() == null ? null : before.getBudgetSpent().toPlainString()));
      }
    }
    return Spin.JSON(rows);
  }

  /** What the secretariat's consolidation form shows: what came in, what is missing, why the chair sent it back. */
  public String overview(String processInstanceId) {
    MonitoringRound round = records.round(processInstanceId);
    String businessKey = round.getCycleKey();
    int year = round.getYear();
    List<MeIndicator> indicators = strategies.indicators(businessKey);
    Map<Long, IndicatorValue> values = records.values(businessKey, year);
    List<ActionProgress> progress = records.progress(businessKey, year);
    // Markdown: a blank line between the blocks, so that a list does not swallow the next line
    StringBuilder text = new StringBuilder();
    text.append("Indicatoren met een waarde / Indicateurs avec une valeur: ").append(values.size()).append(" / ")
        .append(indicators.size()).append("\n\n");
    indicators.stream().filter(i -> !values.containsKey(i.getId())).forEach(i ->
        text.append("- ontbreekt / manque: ").append(i.getTitle().bilingual()).append(" (").append(i.getProvider()).append(")\n"));
    int actions = 0;
    for (ActionPlanKind kind : ActionPlanKind.values()) {
      actions += plans.actions(businessKey, kind).size();
    }
    text.append("\nActies met een stand van zaken / Actions avec un état d'avancement: ").append(progress.size())
        .append(" / ").append(actions).append("\n\n");
    for (ProgressStatus status : ProgressStatus.values()) {
      long count = progress.stream().filter(p -> p.getStatus() == status).count();
      text.append("- ").append(StatusLabels.label(status, "nl")).append(" / ").append(StatusLabels.label(status, "fr"))
          .append(": ").append(count).append('\n');
    }
    if (round.getValidation() == RoundValidation.sentBack && round.getValidationRemarks() != null) {
      text.append("\nTeruggestuurd door de voorzitter / Renvoyé par le président: ").append(round.getValidationRemarks());
    }
    return text.toString().strip();
  }
}
