package be.interfederal.cycle.strategy.actionplan;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import be.interfederal.cycle.strategy.process.DueDates;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * What the action-plan models ask in one-line expressions: when a plan is due ({@code ${actionPlans.due('cndc',
 * periodStart)}}), when to remind, the rows a form starts from and the choices it offers.
 */
@Component("actionPlans")
public record ActionPlans(ActionPlanProperties properties, DueDates dueDates, ActionPlanRecords records, Cycles cycles,
    GovernmentRepository governments, MinisterRepository ministers, StrategyReference reference) {

  /** Plans are due at the end of the working day in Brussels, like positions. */
  static final int DUE_HOUR = 17;

  /** The configured day of the cycle's first year, or the minimum lead time when that day has passed. */
  public Date due(String kind, int periodStart) {
    String day = properties.dueDay().get(ActionPlanKind.valueOf(kind));
    if (day == null) {
      throw new IllegalStateException("No due day for " + kind + " plans: add interfederal.action-plans.due-day." + kind);
    }
    LocalDate configured = MonthDay.parse("--" + day).atYear(periodStart);
    Date at = Date.from(ZonedDateTime.of(configured.atTime(DUE_HOUR, 0), EngineClock.ZONE).toInstant());
    Date earliest = dueDates.from("actionPlanMinimum");
    return at.before(earliest) ? earliest : at;
  }

  /** When to remind the group a plan is asked of: the configured time before its due date. */
  public Date reminderAt(Date due) {
    return dueDates.before("planReminder", due);
  }

  /** The actions a group proposed before (a plan sent back starts from them), as form rows. */
  public SpinJsonNode rows(String businessKey, String kind, String group) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanAction a : records.actions(businessKey, ActionPlanKind.valueOf(kind))) {
      if (a.getProposedBy().equals(group)) {
        rows.add(map("titleNl", a.getTitle().getNl(), "titleFr", a.getTitle().getFr(), "titleEn", a.getTitle().getEn(),
            "objectives", List.copyOf(a.getObjectives()), "leadGovernment", a.getLeadGovernment(),
            "leadMinister", a.getLeadMinister(), "partners", a.getPartners(), "start", a.getStart().toString(),
            "end", a.getEnd().toString(), "budget", a.getBudget() == null ? null : a.getBudget().toPlainString(),
            "pillar", a.getPillar(), "scopeCategory", a.getScopeCategory(),
            "existingPlan", a.getExistingPlan() == null ? null : a.getExistingPlan().name()));
      }
    }
    return Spin.JSON(rows);
  }

  /** The GDPC secretariat's remarks on the plan it sent back, or nothing. */
  public String remarks(String businessKey, String kind) {
    String remarks = records.plan(businessKey, ActionPlanKind.valueOf(kind)).getCoherenceRemarks();
    return remarks == null ? "" : remarks;
  }

  /** The choices of the action form: this cycle's specific objectives, the governments and ministers, the lists. */
  public SpinJsonNode options(String businessKey) {
    List<Map<String, Object>> objectives = new ArrayList<>();
    cycles.objectives(businessKey).forEach(o -> o.getSpecificObjectives().forEach(s ->
        objectives.add(map("code", s.getCode(), "label", s.getCode() + " " + s.getTitle().bilingual()))));
    List<Map<String, Object>> ministerList = new ArrayList<>();
    for (Minister m : ministers.findAllByOrderByEndorsementOrderAsc()) {
      ministerList.add(map("id", m.getId(), "label", m.getFullName(),
          "governments", m.getMandates().stream().map(x -> x.getGovernmentId()).distinct().toList()));
    }
    return Spin.JSON(map("objectives", objectives,
        "governments", governments.findAll().stream().map(g -> map("id", g.getId(), "label", g.getName().bilingual())).toList(),
        "ministers", ministerList,
        "pillars", reference.lists().pillars().stream().map(e -> map("key", e.key(), "label", e.name().nl() + " / " + e.name().fr())).toList(),
        "scopeCategories", reference.lists().scopeCategories().stream()
            .map(e -> map("key", e.key(), "label", e.name().nl() + " / " + e.name().fr())).toList()));
  }
}
