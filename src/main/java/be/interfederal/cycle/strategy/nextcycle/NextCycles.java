package be.interfederal.cycle.strategy.nextcycle;

import be.interfederal.cycle.platform.EngineClock;
import java.time.MonthDay;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * What the step to the next cycle asks in one-line expressions: when to ask for it
 * ({@code ${nextCycles.dueAt(periodEnd)}}) and what the next cycle is offered as: the period that follows this one,
 * as long as this one, and a title for it.
 */
@Component("nextCycles")
public record NextCycles(NextCycleProperties properties) {

  /** The working day starts at 9 in Brussels. */
  static final int START_HOUR = 9;

  public Date dueAt(int periodEnd) {
    return EngineClock.at(MonthDay.parse("--" + properties.taskDay()).atYear(periodEnd), START_HOUR);
  }

  public int nextStart(int periodEnd) {
    return periodEnd + 1;
  }

  public int nextEnd(int periodStart, int periodEnd) {
    return periodEnd + (periodEnd - periodStart + 1);
  }

  /** This cycle's title with the next period in it ("… 2030–2033" becomes "… 2034–2037"). */
  public String title(String cycleTitle, int periodStart, int periodEnd) {
    String next = nextStart(periodEnd) + "–" + nextEnd(periodStart, periodEnd);
    String current = periodStart + "–" + periodEnd;
    return cycleTitle.contains(current) ? cycleTitle.replace(current, next) : cycleTitle + " " + next;
  }
}
