package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.platform.EngineClock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks, from configuration: {@code camunda:dueDate="${dueDates.from('consultationPosition')}"}.
 * Uses the engine clock, so tests that move the clock see due dates move with it.
 */
@Component("dueDates")
public class DueDates {

  private final Map<String, TemporalAmount> amounts = new TreeMap<>();

  public DueDates(DueDateProperties properties) {
    properties.dueDates().forEach((key, value) -> amounts.put(key, DueDateProperties.parse(key, value)));
  }

  /** The due date of a task of this kind started now. */
  public Date from(String key) {
    return Date.from(ZonedDateTime.ofInstant(EngineClock.now(), EngineClock.ZONE).plus(amount(key)).toInstant());
  }

  /** The day a task of this kind started now is due, as an ISO date (what a form's date field wants). */
  public String dayFrom(String key) {
    return LocalDate.ofInstant(from(key).toInstant(), EngineClock.ZONE).toString();
  }

  /** The configured amount of time before a date (e.g. when to remind before a due date). */
  public Date before(String key, Date date) {
    return Date.from(ZonedDateTime.ofInstant(date.toInstant(), EngineClock.ZONE).minus(amount(key)).toInstant());
  }

  private TemporalAmount amount(String key) {
    TemporalAmount amount = amounts.get(key);
    if (amount == null) {
      throw new IllegalArgumentException("No due date configured for '" + key + "': add interfederal.due-dates."
          + key + " to application.yaml (known: " + amounts.keySet() + ")");
    }
    return amount;
  }
}
