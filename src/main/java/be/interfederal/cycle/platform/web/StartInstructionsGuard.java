package be.interfederal.cycle.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    chain.doFilter(new BufferedBodyRequest(request, body), response);
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
}
