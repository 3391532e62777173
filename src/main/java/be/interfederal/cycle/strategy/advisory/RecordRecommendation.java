package be.interfederal.cycle.strategy.advisory;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 3, task recommendOnObjective (form objective-recommendation): one recommendation of the panel. */
@Component("recordRecommendation")
record RecordRecommendation(AdvisoryRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .field("recommendationNl", "De aanbeveling in het Nederlands", "La recommandation en néerlandais")
      .field("recommendationFr", "De aanbeveling in het Frans", "La recommandation en français");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String nl = form.text("recommendationNl", Recommendation.TEXT_LENGTH);
    String fr = form.text("recommendationFr", Recommendation.TEXT_LENGTH);
    String key = task.getProcessBusinessKey();
    int objective = Values.integer(task.getVariable(Variables.OBJECTIVE_NUMBER));
    String by = Actor.current();
    return () -> records.recommendation(key, objective, nl, fr, by);
  }
}
