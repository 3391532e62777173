package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task givePanelOpinion (form panel-opinion): the advisory panel — researchers, practitioners and experts by
 * experience — gives its opinion on the M&E strategy, in Dutch and French.
 */
@Component("recordPanelOpinion")
record RecordPanelOpinion(MeStrategyRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("panelOpinionNl", "Het advies in het Nederlands", "L'avis en néerlandais")
      .field("panelOpinionFr", "Het advies in het Frans", "L'avis en français");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String nl = form.text("panelOpinionNl", MeStrategy.OPINION_LENGTH);
    String fr = form.text("panelOpinionFr", MeStrategy.OPINION_LENGTH);
    String key = task.getProcessBusinessKey();
    return () -> records.opinion(key, nl, fr);
  }
}
