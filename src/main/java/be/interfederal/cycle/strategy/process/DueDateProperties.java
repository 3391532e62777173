package be.interfederal.cycle.strategy.process;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each kind of task may take, by task key (ISO-8601 periods such as P14D or durations such as PT2H, so
 * that a demo can shorten them).
 */
@ConfigurationProperties("interfederal")
public record DueDateProperties(Map<String, String> dueDates) {

  public DueDateProperties {
    dueDates = dueDates == null ? Map.of() : Map.copyOf(dueDates);
  }

  /** Either a Period (days, months) or a Duration (hours, minutes) as written in the configuration. */
  static TemporalAmount parse(String key, String value) {
    try {
      return value.contains("T") ? Duration.parse(value) : Period.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("interfederal.due-dates." + key + " = '" + value
          + "' is not an ISO-8601 period (P14D) or duration (PT2H)", e);
    }
  }
}
