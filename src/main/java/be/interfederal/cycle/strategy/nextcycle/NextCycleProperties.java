package be.interfederal.cycle.strategy.nextcycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the TMD secretariat is asked to start the next cycle: a day (MM-DD) of the current cycle's last year, so that
 * the next strategy can be drafted before the current one ends (default 1 January).
 */
@ConfigurationProperties("interfederal.next-cycle")
public record NextCycleProperties(String taskDay) {

  public NextCycleProperties {
    taskDay = taskDay == null || taskDay.isBlank() ? "01-01" : taskDay;
  }
}
