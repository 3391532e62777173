package be.interfederal.cycle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A write that lost an optimistic-locking race is replayed with the same body; nothing else is. */
class OptimisticLockRetryFilterTest {

  private static final String LOST_RACE = "{\"type\":\"RestException\",\"message\":\"ENGINE-03005 ...\",\"code\":1}";

  private final List<String> bodiesSeen = new ArrayList<>();

  @Test
  void aLostRaceIsReplayedWithTheSameBodyUntilItSucceeds() throws Exception {
    MockHttpServletResponse response = run(json("{\"variables\":{}}"), 500, 500, 204);

    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(bodiesSeen).containsExactly("{\"variables\":{}}", "{\"variables\":{}}", "{\"variables\":{}}");
  }

  @Test
  void anyOtherErrorIsAnsweredAsItIs() throws Exception {
    MockHttpServletResponse response = run(json("{}"), 400);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(bodiesSeen).hasSize(1);

    bodiesSeen.clear();
    MockHttpServletResponse failure = new MockHttpServletResponse();
    new OptimisticLockRetryFilter().doFilter(json("{}"), failure, (req, res) -> {
      bodiesSeen.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      ((HttpServletResponse) res).setStatus(500);
      res.getWriter().write("{\"type\":\"ProcessEngineException\",\"code\":0}");
    });
    assertThat(failure.getStatus()).isEqualTo(500);
    assertThat(failure.getContentAsString()).contains("\"code\":0");
    assertThat(bodiesSeen).hasSize(1);
  }

  @Test
  void aRaceLostEveryTimeEndsWithTheEnginesAnswerAfterTenAttempts() throws Exception {
    int[] statuses = new int[OptimisticLockRetryFilter.ATTEMPTS + 2];
    java.util.Arrays.fill(statuses, 500);
    MockHttpServletResponse response = run(json("{}"), statuses);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getContentAsString()).isEqualTo(LOST_RACE);
    assertThat(bodiesSeen).hasSize(OptimisticLockRetryFilter.ATTEMPTS);
  }

  @Test
  void aBodyOverOneMegabyteIsRefusedBeforeTheEngineSeesIt() throws Exception {
    MockHttpServletRequest huge = json("[" + "1,".repeat(600_000) + "1]");
    MockHttpServletResponse response = run(huge, 204);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString()).contains("groter dan 1 MB", "dépasse 1 Mo");
    assertThat(bodiesSeen).isEmpty();
  }

  @Test
  void readsAndFormsAreNotBuffered() throws Exception {
    MockHttpServletRequest get = new MockHttpServletRequest("GET", "/engine-rest/task");
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain chain = (req, res) -> {
      bodiesSeen.add("called");
      ((HttpServletResponse) res).setStatus(500);
      res.getWriter().write(LOST_RACE);
    };
    new OptimisticLockRetryFilter().doFilter(get, response, chain);
    MockHttpServletRequest multipart = new MockHttpServletRequest("POST", "/engine-rest/deployment/create");
    multipart.setContentType("multipart/form-data; boundary=x");
    new OptimisticLockRetryFilter().doFilter(multipart, new MockHttpServletResponse(), chain);
    assertThat(bodiesSeen).hasSize(2);
  }

  private MockHttpServletResponse run(MockHttpServletRequest request, int... statuses) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    int[] call = {0};
    new OptimisticLockRetryFilter().doFilter(request, response, (req, res) -> {
      bodiesSeen.add(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      int status = statuses[call[0]++];
      ((HttpServletResponse) res).setStatus(status);
      if (status == 500) {
        res.getWriter().write(LOST_RACE);
      }
    });
    return response;
  }

  private static MockHttpServletRequest json(String body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/complete");
    request.setContentType("application/json");
    request.setContent(body.getBytes(StandardCharsets.UTF_8));
    return request;
  }
}
