package be.interfederal.cycle.strategy.publishing;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The approved strategy as published (task generateFinalStrategy), in Dutch, French and English. */
@Component
record FinalStrategy(ModelParts parts, Endorsements endorsements, PublicationProperties publication) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.FINAL_STRATEGY;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    model.put("title", cycle.getTitle());
    parts.putTexts(cycle, language, model);
    model.put("objectives", parts.objectives(cycle, language));
    model.put("endorsements", endorsements.of(cycle, language));
    model.put("signatories", publication.signatories().stream()
        .map(s -> map("name", s.name(), "role", s.role().getOrDefault(language, s.role().get("nl")))).toList());
    model.put("approvalDate", cycle.getApprovedOn());
  }
}
