package be.interfederal.cycle.strategy.advisory;

import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.publishing.PublicationProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The bilingual advisory report (task generateAdvisoryReport): a recommendation per objective, the core documents. */
@Component
record AdvisoryReport(Cycles cycles, AdvisoryRecords records, StrategyReference reference, PublicationProperties publication) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.ADVISORY_REPORT;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    Map<Integer, CycleObjective> byNumber = cycles.objectives(cycle.getBusinessKey()).stream()
        .collect(Collectors.toMap(CycleObjective::getNumber, Function.identity()));
    model.put("recommendations", records.recommendations(cycle.getBusinessKey()).stream()
        .map(r -> map("objectiveNumber", Integer.toString(r.getObjectiveNumber()),
            "objectiveTitleNl", byNumber.get(r.getObjectiveNumber()).getTitle().getNl(),
            "objectiveTitleFr", byNumber.get(r.getObjectiveNumber()).getTitle().getFr(),
            "textNl", r.getTextNl(), "textFr", r.getTextFr())).toList());
    List<Map<String, Object>> core = new ArrayList<>();
    reference.byId(cycle.getSourceStrategy()).ifPresent(s -> core.add(map("title", s.title().nl() + " / " + s.title().fr())));
    publication.coreDocuments().forEach(d -> core.add(map("title", d)));
    model.put("coreDocuments", core);
  }
}
