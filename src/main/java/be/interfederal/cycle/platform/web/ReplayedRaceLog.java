package be.interfederal.cycle.platform.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the engine REST API from logging, as a warning with a stack trace, each optimistic-locking race that
 * {@link OptimisticLockRetryFilter} is about to replay: under load that was hundreds of stack traces for requests that
 * then succeeded. A race on the last attempt is still logged, as is every other error. The REST API passes the stack
 * trace as text, so the race is recognised by its exception's name in it.
 */
final class ReplayedRaceLog extends TurboFilter {

  static final String REST_LOGGER = "org.camunda.bpm.engine.rest.exception";
  private static final ThreadLocal<Boolean> REPLAYABLE = ThreadLocal.withInitial(() -> false);

  /** Whether a race lost by the request this thread is now handling will be replayed. */
  static void replayable(boolean replayable) {
    REPLAYABLE.set(replayable);
  }

  static void clear() {
    REPLAYABLE.remove();
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!REPLAYABLE.get() || logger == null || !logger.getName().startsWith(REST_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    return mentionsRace(params) || (t != null && mentionsRace(new Object[] {t.toString()})) ? FilterReply.DENY
        : FilterReply.NEUTRAL;
  }

  private static boolean mentionsRace(Object[] params) {
    if (params == null) {
      return false;
    }
    for (Object param : params) {
      if (param != null && param.toString().contains("OptimisticLockingException")) {
        return true;
      }
    }
    return false;
  }
}
