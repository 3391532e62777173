package be.interfederal.cycle.cycle;

import be.interfederal.cycle.cycle.data.ConsultationPosition;
import be.interfederal.cycle.cycle.data.CycleObjective;
import be.interfederal.cycle.cycle.data.CycleObjectiveRepository;
import be.interfederal.cycle.cycle.data.CycleRepository;
import be.interfederal.cycle.cycle.data.Recommendation;
import be.interfederal.cycle.cycle.data.RecommendationRepository;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Read-only look-ups the models use in one-line expressions: the objectives to iterate over, the texts a form
 * starts from. Registered under three names to read well in the models: cycleObjectives, drafts, consultation.
 */
public class CycleQueries {

  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private final CycleRepository cycles;
  private final CycleObjectiveRepository objectives;
  private final RecommendationRepository recommendations;
  private final DueDates dueDates;
  private final CycleRecords records;
  private final DirectoryGroupRepository groups;

  public CycleQueries(CycleRepository cycles, CycleObjectiveRepository objectives,
      RecommendationRepository recommendations, DueDates dueDates, CycleRecords records, DirectoryGroupRepository groups) {
    this.cycles = cycles;
    this.objectives = objectives;
    this.recommendations = recommendations;
    this.dueDates = dueDates;
    this.records = records;
    this.groups = groups;
  }

  /** The numbers of the cycle's strategic objectives (the advisory panel gives one recommendation for each). */
  public List<Integer> numbers(String businessKey) {
    return objectives.findByCycleKeyOrderByNumber(businessKey).stream().map(CycleObjective::getNumber).toList();
  }

  /** "3. Dutch title / French title" of one objective. */
  public String title(String businessKey, int number) {
    return objectives.findByCycleKeyAndNumber(businessKey, number)
        .map(o -> number + ". " + o.getTitle().bilingual())
        .orElseThrow(() -> new IllegalStateException("Cycle " + businessKey + " has no objective " + number));
  }

  /** The panel's earlier recommendation on the objective, so that a revision starts from it. */
  public String recommendation(String businessKey, int number, String language) {
    return recommendations.findByCycleKeyAndObjectiveNumber(businessKey, number)
        .map(r -> "fr".equals(language) ? r.getTextFr() : r.getTextNl()).orElse(null);
  }

  /** The current draft's vision, mission or scope in exactly that language (no fallback: a form shows what is there). */
  public String text(String businessKey, String field, String language) {
    return cycles.findById(businessKey).map(c -> switch (field) {
      case "vision" -> c.getVision();
      case "mission" -> c.getMission();
      case "scope" -> c.getScope();
      default -> throw new IllegalArgumentException("Unknown draft field " + field);
    }).map(t -> switch (language) {
      case "nl" -> t.getNl();
      case "fr" -> t.getFr();
      case "en" -> t.getEn();
      default -> throw new IllegalArgumentException("Unknown language " + language);
    }).orElse(null);
  }

  /**
   * The rows of the drafting form: the current strategic objectives with their specific objectives, the advisory
   * panel's recommendation on each, and, from round 2 on, the remarks and objections of the previous round on it.
   */
  public org.camunda.spin.json.SpinJsonNode objectiveRows(String businessKey, int round) {
    List<java.util.Map<String, Object>> rows = ObjectiveDraft.rows(records.objectives(businessKey));
    List<ConsultationPosition> previous = round > 1 ? records.positions(businessKey, round - 1) : List.of();
    java.util.Map<Integer, Recommendation> recommended = new java.util.HashMap<>();
    recommendations.findByCycleKeyOrderByObjectiveNumber(businessKey).forEach(r -> recommended.put(r.getObjectiveNumber(), r));
    for (java.util.Map<String, Object> row : rows) {
      int number = (Integer) row.get("number");
      Recommendation recommendation = recommended.get(number);
      row.put("recommendationNl", recommendation == null ? null : recommendation.getTextNl());
      row.put("recommendationFr", recommendation == null ? null : recommendation.getTextFr());
      row.put("previousRemarks", previous.stream()
          .filter(p -> p.getObjectiveNumber() == number && p.getAnswer() != ConsultationPosition.Answer.agree)
          .map(p -> java.util.Map.of("group", groups.findById(p.getGroupId()).map(g -> g.getName().bilingual()).orElse(p.getGroupId()),
              "objection", p.getAnswer() == ConsultationPosition.Answer.objection, "remarks", p.getRemarks()))
          .toList());
    }
    return org.camunda.spin.Spin.JSON(rows);
  }

  /** The due date the secretariat is offered for a consultation round (ISO date, as the form's date field wants it). */
  public String defaultConsultationDueDate() {
    return LocalDate.ofInstant(dueDates.from("consultationPosition").toInstant(), BRUSSELS).toString();
  }

  /** The rows of the consultation form: one per strategic objective, to be answered by the consulted group. */
  public org.camunda.spin.json.SpinJsonNode positionRows(String businessKey, int round, String group) {
    List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
    for (CycleObjective o : objectives.findByCycleKeyOrderByNumber(businessKey)) {
      java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
      row.put("objectiveNumber", o.getNumber());
      row.put("objective", o.getNumber() + ". " + o.getTitle().bilingual());
      row.put("position", null);
      row.put("remarks", null);
      rows.add(row);
    }
    return org.camunda.spin.Spin.JSON(rows);
  }

  /** When to remind a consulted group: the configured time before its due date. */
  public Date reminderAt(Date due) {
    return dueDates.before("consultationReminder", due);
  }
}
