package be.interfederal.cycle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The REST API's warning about an optimistic-locking race is not logged when the race is replayed, and is when it is
 * the last attempt's; other warnings of the REST API are logged, replayed or not.
 */
class ReplayedRaceLogTest {

  private static final String RACE = "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed. Entity was updated "
      + "by another transaction concurrently.";
  private static final String LOST_RACE = "{\"type\":\"RestException\",\"message\":\"ENGINE-03005 ...\",\"code\":1}";

  private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger rest = logback.getLogger(ReplayedRaceLog.REST_LOGGER);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final ReplayedRaceLog filter = new ReplayedRaceLog();

  @BeforeEach
  void capture() {
    filter.start();
    logback.addTurboFilter(filter);
    logged.start();
    rest.addAppender(logged);
  }

  @AfterEach
  void release() {
    rest.detachAppender(logged);
    logback.getTurboFilterList().remove(filter);
  }

  @Test
  void racesThatAreReplayedAreNotLoggedAndTheLastOneIs() throws Exception {
    int[] statuses = new int[OptimisticLockRetryFilter.ATTEMPTS];
    Arrays.fill(statuses, 500);

    run(500, 500, 204);
    assertThat(logged.list).isEmpty();

    run(statuses);
    assertThat(logged.list).hasSize(1);
    assertThat(logged.list.get(0).getFormattedMessage()).contains("OptimisticLockingException");
  }

  @Test
  void otherErrorsAndRacesOutsideAReplayAreLogged() throws Exception {
    ReplayedRaceLog.replayable(true);
    try {
      ExceptionLogger.REST_LOGGER.log(new ProcessEngineException("something else"));
      ExceptionLogger.REST_LOGGER.log(new ProcessEngineException("a task listener failed",
          new OptimisticLockingException(RACE)));
    } finally {
      ReplayedRaceLog.clear();
    }
    ExceptionLogger.REST_LOGGER.log(new OptimisticLockingException(RACE));

    assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(m -> assertThat(m).contains("something else"))
        .anySatisfy(m -> assertThat(m).contains("a task listener failed"))
        .anySatisfy(m -> assertThat(m).startsWith("ENGINE-REST-HTTP500 org.camunda.bpm.engine.OptimisticLockingException"))
        .hasSize(3);
  }

  private void run(int... statuses) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
    request.setContentType("application/json");
    request.setContent("{}".getBytes(StandardCharsets.UTF_8));
    int[] call = {0};
    new OptimisticLockRetryFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> {
      int status = statuses[call[0]++];
      ((HttpServletResponse) res).setStatus(status);
      if (status == 500) {
        // as Camunda's REST API logs it
        ExceptionLogger.REST_LOGGER.log(new OptimisticLockingException(RACE));
        res.getWriter().write(LOST_RACE);
      }
    });
  }
}
