package be.interfederal.cycle.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A process start through the engine REST API may ask to start somewhere else than the start event
 * ({@code startInstructions}) or to skip listeners and input mappings: that would skip the start's own checks (the
 * cycle's period, the early warning's signal) and leave a process without the records its later tasks need. Only
 * administrators may; anyone else gets 403. Runs after the REST API's Basic authentication.
 */
class StartInstructionsGuard extends OncePerRequestFilter {

  private static final List<String> ADMIN_ONLY = List.of("startInstructions", "skipCustomListeners", "skipIoMappings");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identity;

  StartInstructionsGuard(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !path.contains("/process-definition/")
        || !(path.endsWith("/start") || path.endsWith("/submit-form"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (asksToSkip(body) && !isAdmin()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Alleen beheerders mogen een proces "
          + "elders starten of stappen overslaan / Seuls les administrateurs peuvent démarrer un processus ailleurs ou "
          + "sauter des étapes\"}");
      return;
    }
    chain.doFilter(new BodyAgain(request, body), response);
  }

  private static boolean asksToSkip(byte[] body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json != null && ADMIN_ONLY.stream().anyMatch(field -> json.hasNonNull(field)
          && !(json.get(field).isBoolean() && !json.get(field).asBoolean()));
    } catch (IOException notJson) {
      // the REST API answers malformed JSON itself
      return false;
    }
  }

  private boolean isAdmin() {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getGroupIds() != null && current.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /** The request with its body readable once more, for the REST API. */
  private static final class BodyAgain extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
        @Override public int read() { return in.read(); }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
