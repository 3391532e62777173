package be.interfederal.cycle.strategy.publishing;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.DocumentModel;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The press release on the approval (task generatePressRelease), in Dutch, French and English. */
@Component
record PressRelease(Cycles cycles, Endorsements endorsements, PublicationProperties publication) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.PRESS_RELEASE;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    model.put("title", cycle.getTitle());
    model.put("approvalDate", cycle.getApprovedOn());
    model.put("objectives", cycles.objectives(cycle.getBusinessKey()).stream()
        .map(o -> map("number", Integer.toString(o.getNumber()), "title", o.getTitle().in(language))).toList());
    model.put("endorsements", endorsements.of(cycle, language));
    model.put("nextSteps", publication.nextSteps().getOrDefault(language, publication.nextSteps().get("nl")));
    model.put("website", publication.website().getOrDefault(language, publication.website().get("nl")));
  }
}
