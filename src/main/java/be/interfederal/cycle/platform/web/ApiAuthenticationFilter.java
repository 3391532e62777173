package be.interfederal.cycle.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs in requests to the application's own API (/api): with HTTP Basic credentials of a Camunda user, or with the
 * session of someone logged in to Tasklist or Cockpit, so that a download link in Tasklist just works. A request
 * with neither is answered 401 with a Basic challenge; wrong credentials are not retried against the session.
 * What the user may then read is decided by the API itself.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String REALM = "Interfederal Cycle";
  private static final String BASIC = "Basic ";

  private final IdentityService identityService;
  private final String engineName;

  public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
    this.identityService = identityService;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    Optional<ApiUser> user = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())
        ? basic(authorization.substring(BASIC.length()).trim())
        : webappSession(request.getSession(false));
    if (user.isEmpty()) {
      unauthorized(response);
      return;
    }
    request.setAttribute(ApiUser.ATTRIBUTE, user.get());
    chain.doFilter(request, response);
  }

  private Optional<ApiUser> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    Set<String> groups = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
      groups.add(group.getId());
    }
    return Optional.of(new ApiUser(userId, groups));
  }

  private Optional<ApiUser> webappSession(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engineName);
    if (authentication instanceof UserAuthentication user && user.getIdentityId() != null) {
      return Optional.of(new ApiUser(user.getIdentityId(),
          user.getGroupIds() == null ? Set.of() : new HashSet<>(user.getGroupIds())));
    }
    return Optional.empty();
  }

  private static void unauthorized(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\","
        + "\"message\":\"Meld u aan in Tasklist of stuur de HTTP Basic-gegevens van een gebruiker / "
        + "Connectez-vous à Tasklist ou envoyez les identifiants HTTP Basic d'un utilisateur "
        + "(Log in to Tasklist or send HTTP Basic credentials of a Camunda user)\"}");
  }
}
