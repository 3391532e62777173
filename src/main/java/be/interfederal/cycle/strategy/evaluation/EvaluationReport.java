package be.interfederal.cycle.strategy.evaluation;

import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The evaluation report (task generateEvaluationReport): every evaluation delivered so far — after the mid-term one
 * that one, after the final one both — with who evaluated, the findings and recommendations, and the GDPC's response.
 */
@Component
record EvaluationReport(EvaluationRecords records) implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.EVALUATION_REPORT;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    model.put("evaluations", Arrays.stream(EvaluationKind.values())
        .map(kind -> records.find(cycle.getBusinessKey(), kind))
        .flatMap(Optional::stream)
        .filter(e -> e.getFindings(language) != null)
        .map(e -> map("kind", kind(e.getKind(), language), "evaluator", e.getEvaluator(),
            "funding", Boolean.TRUE.equals(e.getBelspoFunded()) ? in(language, "gefinancierd door BELSPO (Programma Drugs)",
                "financée par BELSPO (Programme Drogues)", "funded by BELSPO (Drugs Programme)") : "",
            "findings", e.getFindings(language), "recommendations", e.getRecommendations(language),
            "response", e.getResponse(language) == null ? "" : e.getResponse(language)))
        .toList());
  }

  static String kind(EvaluationKind kind, String language) {
    return kind == EvaluationKind.midTerm ? in(language, "Tussentijdse evaluatie", "Évaluation intermédiaire", "Mid-term evaluation")
        : in(language, "Eindevaluatie", "Évaluation finale", "Final evaluation");
  }
}
