package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 2, task consolidateAnalysis (form situation-consolidation): the secretariat's consolidated analysis. */
@Component("recordConsolidation")
record RecordConsolidation(AnalysisRecords records) implements FormListener {

  /** Column size of cycle.consolidation (V2 migration). */
  static final int TEXT_LENGTH = 8000;

  private static final FormFields FIELDS = FormFields.of()
      .field("consolidation", "De geconsolideerde analyse", "L'analyse consolidée");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String text = form.text("consolidation", TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    return () -> records.consolidation(key, text);
  }
}
