package be.interfederal.cycle.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock and one time zone. Every timestamp the application writes (audit columns, documents'
 * generation dates, due dates) comes from the engine's clock, so that a test which moves the engine clock to the
 * day of a TMD meeting sees every record dated that day, not a mix of engine time and wall-clock time. Belgium's
 * institutions work on Brussels time, whatever zone the server is in.
 */
public final class EngineClock extends Clock {

  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  public static final EngineClock INSTANCE = new EngineClock(ZONE);

  private final ZoneId zone;

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  /** That day at that hour in Brussels, as the engine's due dates and timers want it. */
  public static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return now();
  }
}
