package be.interfederal.cycle.strategy.mestrategy;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.DirectoryGroup;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * What the M&E strategy's model asks in one-line expressions: the rows and choices of the indicator form, its
 * calendar's defaults, who confirms the indicators ({@code ${meStrategies.confirmers(...)}}) and whether any objected.
 *
 * <p>A provider that delivers via the Reitox focal point (DJSOC, NICC, FAGG, Customs) is answered for by it: Sciensano
 * confirms the indicators it will deliver for them.
 */
@Component("meStrategies")
public record MeStrategies(MeStrategyRecords records, Cycles cycles, DirectoryGroupRepository groups) {

  /** Monitoring rounds start on this day of every year unless the secretariat chooses another. */
  static final String DEFAULT_MONITORING_DAY = "04-01";

  public SpinJsonNode rows(String businessKey) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MeIndicator i : records.indicators(businessKey)) {
      rows.add(map("titleNl", i.getTitle().getNl(), "titleFr", i.getTitle().getFr(), "objective", i.getObjective(),
          "kind", i.getKind().name(), "provider", i.getProvider(), "baseline", i.getBaseline(),
          "baselineYear", i.getBaselineYear(), "target", i.getTarget(), "frequency", i.getFrequency().name(),
          "eudaComparable", i.isEudaComparable()));
    }
    return Spin.JSON(rows);
  }

  /** The choices of the indicator form: this cycle's specific objectives and the data providers. */
  public SpinJsonNode options(String businessKey) {
    List<Map<String, Object>> objectives = cycles.specificObjectives(businessKey).stream()
        .map(s -> map("code", s.getCode(), "label", s.getCode() + " " + s.getTitle().bilingual())).toList();
    return Spin.JSON(map("objectives", objectives, "providers", groups.findByRole(GroupRole.DATA_PROVIDER).stream()
        .map(g -> map("id", g.getId(), "label", g.getName().bilingual())).toList()));
  }

  public String monitoringDay(String businessKey) {
    String day = records.strategy(businessKey).getMonitoringDay();
    return day == null ? DEFAULT_MONITORING_DAY : day;
  }

  /** The mid-term evaluation: by default the middle of the period. */
  public String midTermEvaluation(String businessKey) {
    LocalDate chosen = records.strategy(businessKey).getMidTermEvaluation();
    Cycle cycle = cycles.cycle(businessKey);
    return (chosen != null ? chosen
        : LocalDate.of(cycle.getPeriodStart() + (cycle.getPeriodEnd() - cycle.getPeriodStart()) / 2, 6, 30)).toString();
  }

  /**
   * The final evaluation: by default at the end of the year before the last, so that it is done when the next cycle
   * starts (1 January of the last year) and can feed its situation analysis.
   */
  public String finalEvaluation(String businessKey) {
    LocalDate chosen = records.strategy(businessKey).getFinalEvaluation();
    return (chosen != null ? chosen : LocalDate.of(cycles.cycle(businessKey).getPeriodEnd() - 1, 12, 31)).toString();
  }

  /** The groups that confirm the indicators: each provider, or the focal point it delivers via. */
  public List<String> confirmers(String businessKey) {
    Set<String> confirming = new TreeSet<>();
    records.indicators(businessKey).forEach(i -> confirming.add(confirmerOf(i.getProvider())));
    return List.copyOf(confirming);
  }

  /** The providers a confirming group answers for: itself and those that deliver via it. */
  public List<String> providersOf(String confirmingGroup) {
    List<String> providers = groups.findByRole(GroupRole.DATA_PROVIDER).stream()
        .filter(g -> confirmingGroup.equals(g.getDeliversVia())).map(DirectoryGroup::getId)
        .collect(Collectors.toCollection(ArrayList::new));
    providers.add(confirmingGroup);
    return providers;
  }

  /** The indicators a confirming group is asked about, one per line, as its form shows them. */
  public String summary(String businessKey, String confirmingGroup) {
    List<String> providers = providersOf(confirmingGroup);
    return records.indicators(businessKey).stream().filter(i -> providers.contains(i.getProvider()))
        .map(i -> "- " + i.getObjective() + " · " + i.getTitle().bilingual() + " · " + i.getBaseline() + " ("
            + i.getBaselineYear() + ")" + (i.getProvider().equals(confirmingGroup) ? "" : " · " + i.getProvider()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Why the draft came back: each provider's objection ("provider: reasons") and the TMD's remarks when it asked for
   * amendments. A list, as JSON, which the draft form shows.
   */
  public SpinJsonNode remarks(DelegateExecution execution) {
    List<String> remarks = new ArrayList<>();
    records.indicators(execution.getProcessBusinessKey()).stream()
        .filter(i -> i.getConfirmation() == Confirmation.objection && i.getConfirmationRemarks() != null)
        .map(i -> confirmerOf(i.getProvider()) + ": " + i.getConfirmationRemarks()).distinct().forEach(remarks::add);
    Object tmd = execution.getVariable(Variables.TMD_REMARKS);
    if (tmd != null && !tmd.toString().isBlank()) {
      remarks.add("TVD / RTD: " + tmd);
    }
    return Spin.JSON(remarks);
  }

  /** How many indicators a provider objected to (any objection sends the strategy back to the secretariat). */
  public long objections(String businessKey) {
    return records.indicators(businessKey).stream().filter(i -> i.getConfirmation() == Confirmation.objection).count();
  }

  private String confirmerOf(String provider) {
    return groups.findById(provider).map(g -> g.getDeliversVia() != null ? g.getDeliversVia() : g.getId()).orElse(provider);
  }
}
