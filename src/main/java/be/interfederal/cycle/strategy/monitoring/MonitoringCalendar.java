package be.interfederal.cycle.strategy.monitoring;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;

/**
 * Which yearly monitoring round comes next. A round is held on the M&E strategy's monitoring day of each year from the
 * period's second year to the year after its last, and reports on the year before: every year of the period is
 * monitored once, the last one by a closing round after the period, when its figures exist. The first round is not
 * held before the year the M&E strategy was approved in (a round whose day has passed by then is held at once). A
 * plain class, tested without the engine.
 */
public final class MonitoringCalendar {

  private MonitoringCalendar() {}

  public static Optional<Integer> nextRound(int periodStart, int periodEnd, LocalDate approvedOn, Set<Integer> held) {
    int first = Math.max(periodStart + 1, approvedOn.getYear());
    for (int year = first; year <= periodEnd + 1; year++) {
      if (!held.contains(year)) {
        return Optional.of(year);
      }
    }
    return Optional.empty();
  }

  /** The day of the round of this year ("04-01" is 1 April); 29 February becomes the 28th in other years. */
  public static LocalDate day(int year, String monitoringDay) {
    return MonthDay.parse("--" + monitoringDay).atYear(year);
  }
}
