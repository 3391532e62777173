package be.interfederal.cycle.strategy.evaluation;

import static be.interfederal.cycle.strategy.process.ModelParts.in;

import be.interfederal.cycle.strategy.domain.Cycles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The previous cycle's final evaluation, which feeds this cycle's situation analysis: shown to the secretariat that
 * consolidates it ({@code ${previousEvaluation.summary(execution.processBusinessKey)}}) and placed in the report.
 */
@Component("previousEvaluation")
public record PreviousEvaluation(Cycles cycles, EvaluationRecords records) {

  /** The predecessor's final evaluation, when it was delivered. */
  public Optional<Evaluation> of(String businessKey) {
    String predecessor = cycles.cycle(businessKey).getPredecessorKey();
    if (predecessor == null || !cycles.exists(predecessor)) {
      return Optional.empty();
    }
    return records.find(predecessor, EvaluationKind.last).filter(e -> e.getFindings("nl") != null);
  }

  /** For the consolidation form (Markdown, both languages), with a link to the report; empty when there is none. */
  public String summary(String businessKey) {
    return of(businessKey).map(e -> "**Eindevaluatie van de vorige cyclus / Évaluation finale du cycle précédent** ("
        + e.getEvaluator() + ") — [NL (PDF)](/api/cycles/" + e.getCycleKey() + "/documents/latest/EVALUATION_REPORT/nl/pdf)"
        + " · [FR (PDF)](/api/cycles/" + e.getCycleKey() + "/documents/latest/EVALUATION_REPORT/fr/pdf)\n\n"
        + "Aanbevelingen: " + e.getRecommendations("nl") + "\n\nRecommandations : " + e.getRecommendations("fr"))
        .orElse("");
  }

  /** For the situation analysis report, in its language. */
  public String text(String businessKey, String language) {
    String predecessor = cycles.cycle(businessKey).getPredecessorKey();
    if (of(businessKey).isEmpty() && predecessor != null && cycles.exists(predecessor)) {
      return in(language, "De eindevaluatie van de vorige cyclus (" + predecessor + ") is nog niet geleverd.",
          "L'évaluation finale du cycle précédent (" + predecessor + ") n'a pas encore été remise.",
          "The final evaluation of the previous cycle (" + predecessor + ") has not been delivered yet.");
    }
    return of(businessKey).map(e -> in(language, "Bevindingen: ", "Constats : ", "Findings: ") + e.getFindings(language)
            + "\n" + in(language, "Aanbevelingen: ", "Recommandations : ", "Recommendations: ") + e.getRecommendations(language)
            + (e.getResponse(language) == null ? "" : "\n" + in(language, "Antwoord van de ACD: ", "Réponse de la CGPD : ",
                "Response of the GDPC: ") + e.getResponse(language)))
        .orElse(in(language, "Geen eindevaluatie van een vorige cyclus in deze toepassing.",
            "Pas d'évaluation finale d'un cycle précédent dans cette application.",
            "No final evaluation of a previous cycle in this application."));
  }
}
