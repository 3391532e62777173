package be.interfederal.cycle.strategy.drafting;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The round's draft sent for consultation (task generateConsultationDraft), with the previous round's remarks. */
@Component
record ConsultationDraft(DraftingRecords records, ConsultationRecords consultation, ModelParts parts) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.CONSULTATION_DRAFT;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    DraftingRound round = records.round(cycle.getBusinessKey(), ApprovalSubject.strategy, roundNumber);
    model.put("roundNumber", Integer.toString(round.getNumber()));
    model.put("dueDate", round.getConsultationDue());
    parts.putTexts(cycle, language, model);
    model.put("objectives", parts.objectives(cycle, language));
    List<Map<String, Object>> remarks = new ArrayList<>();
    if (round.getNumber() > 1) {
      for (ConsultationPosition p : consultation.positions(cycle.getBusinessKey(), ApprovalSubject.strategy, round.getNumber() - 1)) {
        if (p.getRemarks() != null) {
          remarks.add(map("groupName", parts.groupName(p.getGroupId(), language), "objectiveNumber",
              Integer.toString(p.getObjectiveNumber()), "remarks", p.getRemarks()));
        }
      }
    }
    if (round.getTmdRemarks() != null) {
      remarks.add(map("groupName", "TVD / RTD / TMD", "objectiveNumber", "–", "remarks", round.getTmdRemarks()));
    }
    model.put("previousRemarks", remarks);
  }
}
