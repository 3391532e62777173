package be.interfederal.cycle.platform.metrics;

import be.interfederal.cycle.platform.web.ApiUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only the configured groups read the metrics: they name the cycles and their load. Runs after the
 * {@code ApiAuthenticationFilter}, which has already answered 401 to a request without a user.
 */
class MetricsReaderFilter extends OncePerRequestFilter {

  private final List<String> readerGroups;

  MetricsReaderFilter(List<String> readerGroups) {
    this.readerGroups = readerGroups;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Object user = request.getAttribute(ApiUser.ATTRIBUTE);
    if (!(user instanceof ApiUser reader) || reader.groupIds().stream().noneMatch(readerGroups::contains)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Metrics are for the groups " + readerGroups);
      return;
    }
    chain.doFilter(request, response);
  }
}
