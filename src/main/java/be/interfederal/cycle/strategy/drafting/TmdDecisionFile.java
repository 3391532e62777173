package be.interfederal.cycle.strategy.drafting;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The decision file for the TMD (task generateDecisionFile): the last round's draft, who was consulted, the proposal. */
@Component
record TmdDecisionFile(DraftingRecords records, ConsultationRecords consultation, DirectoryGroupRepository groups, ModelParts parts) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.TMD_DECISION_FILE;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    List<DraftingRound> all = records.rounds(cycle.getBusinessKey(), ApprovalSubject.strategy);
    DraftingRound last = all.get(all.size() - 1);
    model.put("roundCount", Integer.toString(all.size()));
    model.put("objectives", parts.objectives(cycle, language));
    model.put("consultedGroups", consultation.positions(cycle.getBusinessKey(), ApprovalSubject.strategy, last.getNumber()).stream()
        .map(ConsultationPosition::getGroupId).distinct().map(g -> map("name", parts.groupName(g, language))).toList());
    model.put("chairName", groups.findByRole(GroupRole.GDPC_CHAIR).stream().findFirst()
        .map(g -> g.getName().in(language)).orElse(""));
    model.put("proposal", last.getDecisionProposal());
    model.put("tmdRemarks", last.getTmdRemarks());
  }
}
