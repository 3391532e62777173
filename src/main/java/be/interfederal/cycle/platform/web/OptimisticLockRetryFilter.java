package be.interfederal.cycle.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Reads a JSON write (POST, PUT) to the engine whole — refusing one over 1 MB with 413 — and sends it again when it lost an optimistic-locking race. Two ministers' cabinets answering
 * in the same second update the same multi-instance counters (nrOfCompletedInstances), in the completing user's own
 * transaction; the engine refuses the second one, rolled back whole, with error code 1, which Camunda documents as
 * "optimistic locking: retry". Rather than show a user a 500 for someone else's simultaneous answer, the request is
 * replayed up to ten times after a random pause that grows with each attempt. Jobs need no such help: the job
 * executor retries them without counting the attempt (which is why a consulted group's position ends its process in
 * a job of its own: {@code asyncAfter} on givePosition).
 */
public class OptimisticLockRetryFilter extends OncePerRequestFilter {

  /** Camunda's built-in error code for an optimistic-locking failure. */
  static final int OPTIMISTIC_LOCKING = 1;
  static final int ATTEMPTS = 10;
  private static final int MAX_BODY = 1 << 20;
  private static final Logger LOG = LoggerFactory.getLogger(OptimisticLockRetryFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())) || type == null
        || !type.startsWith("application/json");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the body is read whole to be replayed; no form of this application comes near a megabyte, so a bigger one is
    // refused before it costs memory (a declared length at once, a chunked one as soon as it passes the limit)
    byte[] body = request.getContentLengthLong() > MAX_BODY ? null : request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body == null || body.length > MAX_BODY) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"RequestTooLarge\",\"message\":\"De aanvraag is groter dan 1 MB"
          + " / La demande dépasse 1 Mo\"}");
      return;
    }
    for (int attempt = 1; ; attempt++) {
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      ReplayedRaceLog.replayable(attempt < ATTEMPTS);
      try {
        chain.doFilter(new BufferedBodyRequest(request, body), buffered);
      } finally {
        ReplayedRaceLog.clear();
      }
      boolean lost = lostRace(buffered);
      if (attempt == ATTEMPTS || !lost) {
        if (lost) {
          LOG.warn("{} {} lost {} optimistic-locking races in a row; answered the last one's error", request.getMethod(),
              request.getRequestURI(), ATTEMPTS);
        }
        buffered.copyBodyToResponse();
        return;
      }
      LOG.debug("{} {} lost an optimistic-locking race; attempt {} of {}", request.getMethod(), request.getRequestURI(),
          attempt + 1, ATTEMPTS);
      pause(attempt);
    }
  }

  private static boolean lostRace(ContentCachingResponseWrapper response) {
    if (response.getStatus() != HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      return false;
    }
    try {
      JsonNode error = JSON.readTree(response.getContentAsByteArray());
      return error != null && error.path("code").asInt(-1) == OPTIMISTIC_LOCKING;
    } catch (IOException notJson) {
      return false;
    }
  }

  private static void pause(int attempt) {
    try {
      // exponential with full jitter: twenty writers of one counter spread out instead of colliding again in step
      long ceiling = Math.min(1000, 20L << attempt);
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, ceiling + 6));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
