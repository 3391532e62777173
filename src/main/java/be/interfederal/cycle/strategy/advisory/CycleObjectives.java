package be.interfederal.cycle.strategy.advisory;

import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the advisory panel's model asks in one-line expressions: the objectives to iterate over
 * ({@code ${cycleObjectives.numbers(...)}}) and what a recommendation task shows.
 */
@Component("cycleObjectives")
public record CycleObjectives(Cycles cycles, AdvisoryRecords records) {

  /** The numbers of the cycle's strategic objectives (the advisory panel gives one recommendation for each). */
  public List<Integer> numbers(String businessKey) {
    return cycles.objectives(businessKey).stream().map(CycleObjective::getNumber).toList();
  }

  /** "3. Dutch title / French title" of one objective. */
  public String title(String businessKey, int number) {
    return number + ". " + cycles.objective(businessKey, number).getTitle().bilingual();
  }

  /** The panel's earlier recommendation on the objective, so that a revision starts from it. */
  public String recommendation(String businessKey, int number, String language) {
    return records.recommendation(businessKey, number)
        .map(r -> "fr".equals(language) ? r.getTextFr() : r.getTextNl()).orElse(null);
  }
}
