package be.interfederal.cycle.strategy.actionplan;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import be.interfederal.cycle.strategy.process.DueDates;
import be.interfederal.cycle.strategy.process.Routing;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * What the action-plan models ask in one-line expressions: when a plan is due ({@code ${actionPlans.due('cndc',
 * periodStart)}}), when to remind, the rows a form starts from and the choices it offers.
 */
@Component("actionPlans")
public record ActionPlans(ActionPlanProperties properties, DueDates dueDates, ActionPlanRecords records, Cycles cycles,
    GovernmentRepository governments, MinisterRepository ministers, StrategyReference reference, Routing routing,
    DraftingRecords drafting, ConsultationRecords consultation) {

  /** Plans are due at the end of the working day in Brussels, like positions. */
  static final int DUE_HOUR = 17;

  /** The configured day of the cycle's first year, or the minimum lead time when that day has passed. */
  public Date due(String kind, int periodStart) {
    String day = properties.dueDay().get(ActionPlanKind.valueOf(kind));
    if (day == null) {
      throw new IllegalStateException("No due day for " + kind + " plans: add interfederal.action-plans.due-day." + kind);
    }
    LocalDate configured = MonthDay.parse("--" + day).atYear(periodStart);
    Date at = EngineClock.at(configured, DUE_HOUR);
    Date earliest = dueDates.from("actionPlanMinimum");
    return at.before(earliest) ? earliest : at;
  }

  /** When to remind the group a plan is asked of: the configured time before its due date. */
  public Date reminderAt(Date due) {
    return dueDates.before("planReminder", due);
  }

  /** The actions a group proposed before (a plan sent back starts from them), as form rows. */
  public SpinJsonNode rows(String businessKey, String kind, String group) {
    return rows(businessKey, kind, group, false);
  }

  /** Every action of the plan, with the group that proposed it, for the secretariat's consolidation. */
  public SpinJsonNode allRows(String businessKey, String kind) {
    return rows(businessKey, kind, null, true);
  }

  private SpinJsonNode rows(String businessKey, String kind, String group, boolean withProposer) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PlanAction a : records.actions(businessKey, ActionPlanKind.valueOf(kind))) {
      if (group == null || a.getProposedBy().equals(group)) {
        Map<String, Object> row = map("titleNl", a.getTitle().getNl(), "titleFr", a.getTitle().getFr(), "titleEn", a.getTitle().getEn(),
            "objectives", List.copyOf(a.getObjectives()), "leadGovernment", a.getLeadGovernment(),
            "leadMinister", a.getLeadMinister(), "partners", a.getPartners(), "start", a.getStart().toString(),
            "end", a.getEnd().toString(), "budget", a.getBudget() == null ? null : a.getBudget().toPlainString(),
            "pillar", a.getPillar(), "scopeCategory", a.getScopeCategory(),
            "existingPlan", a.getExistingPlan() == null ? null : a.getExistingPlan().name());
        if (withProposer) {
          row.put("proposedBy", a.getProposedBy());
          row.put("proposedByName", routing.groupName(a.getProposedBy()));
        }
        rows.add(row);
      }
    }
    return Spin.JSON(rows);
  }

  /** The specific objectives of this cycle that no action of the plan serves ("1.3, 2.4"), or nothing. */
  public String coverageGaps(String businessKey, String kind) {
    Set<String> served = new TreeSet<>();
    records.actions(businessKey, ActionPlanKind.valueOf(kind)).forEach(a -> served.addAll(a.getObjectives()));
    return String.join(", ", cycles.specificObjectives(businessKey).stream().map(CycleObjective.Specific::getCode)
        .filter(code -> !served.contains(code)).toList());
  }

  /** The GDPC secretariat's remarks on the plan it sent back, or nothing. */
  public String remarks(String businessKey, String kind) {
    String remarks = records.plan(businessKey, ActionPlanKind.valueOf(kind)).getCoherenceRemarks();
    return remarks == null ? "" : remarks;
  }

  /**
   * What the secretariat consolidates a round from: the TMD's remarks that sent the plan back, and the objections
   * and remarks of the previous round's consultation ("group (objective): remarks"). A list, as JSON: 52 groups'
   * remarks can be longer than a text variable holds.
   */
  /** A monitoring round's amendment reopens the interfederal plan, with its motivation ({@code action-plan}). */
  public void amend(String businessKey, String motivation) {
    records.amend(businessKey, ActionPlanKind.interfederal, motivation);
  }

  public SpinJsonNode roundRemarks(String businessKey, int round) {
    List<String> remarks = new ArrayList<>();
    ActionPlan plan = records.plan(businessKey, ActionPlanKind.interfederal);
    if (plan.getApprovedOn() == null && plan.getAmendmentMotivation() != null) {
      remarks.add("Wijziging na monitoring / Modification après le suivi: " + plan.getAmendmentMotivation());
    }
    String tmd = drafting.round(businessKey, ApprovalSubject.actionPlan, round).getTmdRemarks();
    if (tmd != null) {
      remarks.add("TVD / RTD: " + tmd);
    }
    if (round > 1) {
      for (ConsultationPosition p : consultation.positions(businessKey, ApprovalSubject.actionPlan, round - 1)) {
        if (p.getRemarks() != null) {
          remarks.add(routing.groupName(p.getGroupId()) + " (" + p.getObjectiveNumber() + "): " + p.getRemarks());
        }
      }
    }
    return Spin.JSON(remarks);
  }

  /** The choices of the action form: this cycle's specific objectives, the governments and ministers, the lists. */
  public SpinJsonNode options(String businessKey) {
    List<Map<String, Object>> objectives = cycles.specificObjectives(businessKey).stream()
        .map(s -> map("code", s.getCode(), "label", s.getCode() + " " + s.getTitle().bilingual())).toList();
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
