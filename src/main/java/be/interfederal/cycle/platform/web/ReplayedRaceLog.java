package be.interfederal.cycle.platform.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the engine REST API from logging, as a warning with a stack trace, each optimistic-locking race that
 * {@link OptimisticLockRetryFilter} is about to replay: under load that was hundreds of stack traces for requests that
 * then succeeded. A race on the last attempt is still logged, as is every other error. The REST API writes the stack
 * trace into the message itself, so the race is recognised by the message's first line: the race's exception, or its
 * code (ENGINE-03005) where the REST API wrapped it. An error merely caused by a race is not replayed (its answer has
 * no race code) and is not hidden.
 */
final class ReplayedRaceLog extends TurboFilter {

  static final String REST_LOGGER = "org.camunda.bpm.engine.rest.exception";
  private static final ThreadLocal<Boolean> REPLAYABLE = new ThreadLocal<>();

  /** Whether a race lost by the request this thread is now handling will be replayed. */
  static void replayable(boolean replayable) {
    REPLAYABLE.set(replayable);
  }

  static void clear() {
    REPLAYABLE.remove();
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!Boolean.TRUE.equals(REPLAYABLE.get()) || logger == null || !logger.getName().startsWith(REST_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    return isRace(format) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean isRace(String message) {
    if (message == null) {
      return false;
    }
    int end = message.indexOf('\n');
    String first = end < 0 ? message : message.substring(0, end);
    return first.contains("OptimisticLockingException") || first.contains("ENGINE-03005");
  }
}
