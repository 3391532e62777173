package be.interfederal.cycle.strategy.drafting.consultation;

import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition.Answer;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The synthesis of a round's positions (task synthesizePositions): every answer, the counts, the outcome. */
@Component
record PositionSynthesis(ConsultationRecords records, ModelParts parts) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.POSITION_SYNTHESIS;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    List<ConsultationPosition> positions = records.positions(cycle.getBusinessKey(), subject, roundNumber);
    model.put("roundNumber", Integer.toString(roundNumber));
    model.put("positions", positions.stream().map(p -> map("groupName", parts.groupName(p.getGroupId(), language),
        "objectiveNumber", Integer.toString(p.getObjectiveNumber()), "position", label(p.getAnswer(), language),
        "remarks", p.getRemarks())).toList());
    long objections = count(positions, Answer.objection);
    model.put("agreeCount", Long.toString(count(positions, Answer.agree)));
    model.put("remarksCount", Long.toString(count(positions, Answer.agreeWithRemarks)));
    model.put("objectionCount", Long.toString(objections));
    model.put("outcome", objections > 0
        ? in(language, "Er zijn bezwaren: een nieuwe opmaakronde volgt.", "Des objections ont été formulées : un nouveau tour de rédaction suit.", "Objections were raised: a new drafting round follows.")
        : in(language, "Geen bezwaren: de voorzitter kan de opmaak afsluiten.", "Aucune objection : le président peut clôturer la rédaction.", "No objections: the chair can close drafting."));
  }

  static String label(Answer answer, String language) {
    return switch (answer) {
      case agree -> in(language, "akkoord", "d'accord", "agree");
      case agreeWithRemarks -> in(language, "akkoord met opmerkingen", "d'accord avec remarques", "agree with remarks");
      case objection -> in(language, "bezwaar", "objection", "objection");
    };
  }

  private static long count(List<ConsultationPosition> positions, Answer answer) {
    return positions.stream().filter(p -> p.getAnswer() == answer).count();
  }
}
