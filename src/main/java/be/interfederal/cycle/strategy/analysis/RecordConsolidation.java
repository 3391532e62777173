package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 2, task consolidateAnalysis (form situation-consolidation): the secretariat's consolidated analysis. */
@Component("recordConsolidation")
class RecordConsolidation extends FormListener {

  /** Column size of cycle.consolidation (V2 migration). */
  static final int TEXT_LENGTH = 8000;

  private static final FormFields FIELDS = FormFields.of()
      .field("consolidation", "De geconsolideerde analyse", "L'analyse consolidée");

  private final AnalysisRecords records;

  RecordConsolidation(AnalysisRecords records) {
    this.records = records;
  }

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  protected Runnable read(DelegateExecution task, FormInput form) {
    String text = form.text("consolidation", TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    return () -> records.consolidation(key, text);
  }
}
