package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 2, task validateAnalysis (form situation-validation): the chair validates, or sends back for completion. */
@Component("recordAnalysisValidation")
record RecordAnalysisValidation(AnalysisRecords records) implements FormListener {

  /** Column size of analysis_review.remarks (V2 migration). */
  static final int REMARKS_LENGTH = 4000;

  private static final FormFields FIELDS = FormFields.of()
      .choice("analysisDecision", AnalysisDecision.class, "De beslissing", "La décision")
      .field("validationRemarks", "Wat aangevuld moet worden", "Ce qui doit être complété");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    AnalysisDecision decision = form.choice("analysisDecision", AnalysisDecision.class);
    String remarks = form.optionalText("validationRemarks", REMARKS_LENGTH);
    if (decision == AnalysisDecision.sendBack && remarks == null) {
      form.missing("validationRemarks");
    }
    String key = task.getProcessBusinessKey();
    String by = Actor.current();
    // Remarks of an earlier send-back stay in the process; they belong to this review only when it sends back.
    return () -> records.review(key, decision, decision == AnalysisDecision.sendBack ? remarks : null, by);
  }
}
