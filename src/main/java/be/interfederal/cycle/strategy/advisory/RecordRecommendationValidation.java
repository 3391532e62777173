package be.interfederal.cycle.strategy.advisory;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 3, task validateRecommendations (form recommendations-validation): the panel declares the set complete
 * (one recommendation per objective) or has it revised. The remarks stay in the process, where the revision tasks
 * show them.
 */
@Component("recordRecommendationValidation")
record RecordRecommendationValidation(AdvisoryRecords records) implements FormListener {

  static final int REMARKS_LENGTH = 4000;

  private static final FormFields FIELDS = FormFields.of()
      .choice("panelDecision", PanelDecision.class, "De beslissing", "La décision")
      .field("panelRemarks", "De opmerkingen van het panel", "Les remarques du panel");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    PanelDecision decision = form.choice("panelDecision", PanelDecision.class);
    form.optionalText("panelRemarks", REMARKS_LENGTH);
    if (decision == PanelDecision.complete) {
      List<Integer> missing = records.objectivesWithoutRecommendation(task.getProcessBusinessKey());
      if (!missing.isEmpty()) {
        form.problem("Geen aanbeveling voor doelstelling(en) " + missing, "Pas de recommandation pour le(s) objectif(s) " + missing);
      }
    }
    return () -> { };
  }
}
