package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.mestrategy.MeStrategy;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * What the evaluations ask in one-line expressions: when each starts, on the date the approved M&E strategy set
 * ({@code ${evaluations.dueAt(execution.processBusinessKey, 'midTerm')}}), and when the evaluator's report is due.
 */
@Component("evaluations")
public record Evaluations(MeStrategyRecords strategies, EvaluationRecords records) {

  /** The working day starts at 9 in Brussels. */
  static final int START_HOUR = 9;
  /** Reports are due at the end of the working day, like positions and plans. */
  static final int END_HOUR = 17;

  public Date dueAt(String businessKey, String kind) {
    MeStrategy strategy = strategies.strategy(businessKey);
    LocalDate day = EvaluationKind.valueOf(kind) == EvaluationKind.midTerm ? strategy.getMidTermEvaluation()
        : strategy.getFinalEvaluation();
    if (day == null) {
      throw new IllegalStateException("Cycle " + businessKey + " has no date for its " + kind + " evaluation");
    }
    return EngineClock.at(day, START_HOUR);
  }

  /** The date the secretariat set for the evaluator's report. */
  public Date deliveryDue(String businessKey, String kind) {
    LocalDate due = records.evaluation(businessKey, EvaluationKind.valueOf(kind)).getDeliveryDue();
    return due == null ? null : EngineClock.at(due, END_HOUR);
  }
}
