package be.interfederal.cycle.strategy.drafting;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.advisory.AdvisoryRecords;
import be.interfederal.cycle.strategy.advisory.Recommendation;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import be.interfederal.cycle.strategy.process.DueDates;
import be.interfederal.cycle.strategy.process.Routing;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** What the drafting task (draftStrategy) starts from: {@code ${drafts.text(...)}}, {@code ${drafts.objectiveRows(...)}}. */
@Component("drafts")
public record Drafts(Cycles cycles, DraftingRecords records, AdvisoryRecords advice, ConsultationRecords consultation, Routing routing, DueDates dueDates) {

  /** The current draft's vision, mission or scope in exactly that language (no fallback: a form shows what is there). */
  public String text(String businessKey, String part, String language) {
    Cycle cycle = cycles.cycle(businessKey);
    LocalizedText text = switch (part) {
      case "vision" -> cycle.getVision();
      case "mission" -> cycle.getMission();
      case "scope" -> cycle.getScope();
      default -> throw new IllegalArgumentException("Unknown draft part " + part);
    };
    if (text == null) {
      return null;
    }
    return switch (language) {
      case "nl" -> text.getNl();
      case "fr" -> text.getFr();
      case "en" -> text.getEn();
      default -> throw new IllegalArgumentException("Unknown language " + language);
    };
  }

  /**
   * The rows of the drafting form: the current strategic objectives with their specific objectives, the advisory
   * panel's recommendation on each, and, from round 2 on, the remarks and objections of the previous round on it.
   */
  public SpinJsonNode objectiveRows(String businessKey, int round) {
    List<Map<String, Object>> rows = ObjectiveDraft.rows(records.objectives(businessKey));
    List<ConsultationPosition> previous = round > 1 ? consultation.positions(businessKey, ApprovalSubject.strategy, round - 1) : List.of();
    Map<Integer, Recommendation> recommended = new HashMap<>();
    advice.recommendations(businessKey).forEach(r -> recommended.put(r.getObjectiveNumber(), r));
    for (Map<String, Object> row : rows) {
      int number = (Integer) row.get("number");
      Recommendation recommendation = recommended.get(number);
      row.put("recommendationNl", recommendation == null ? null : recommendation.getTextNl());
      row.put("recommendationFr", recommendation == null ? null : recommendation.getTextFr());
      row.put("previousRemarks", previous.stream()
          .filter(p -> p.getObjectiveNumber() == number && p.getAnswer() != ConsultationPosition.Answer.agree)
          .map(p -> map("group", routing.groupName(p.getGroupId()),
              "objection", p.getAnswer() == ConsultationPosition.Answer.objection, "remarks", p.getRemarks()))
          .toList());
    }
    return Spin.JSON(rows);
  }

  /** The due date the secretariat is offered for a consultation round (ISO date, as the form's date field wants it). */
  public String defaultConsultationDueDate() {
    return dueDates.dayFrom("consultationPosition");
  }
}
