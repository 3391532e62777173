package be.interfederal.cycle.platform.web;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON writes are capped at 1 MB and optimistic-locking races replayed ({@link OptimisticLockRetryFilter}) on every
 * way users write: the REST API, the webapps' own API that Tasklist's "Complete" calls, and the application's /api.
 */
@Configuration
class WriteRetryConfiguration {

  /** Installed in Logback once the application's logging is set up; a no-op with another logging backend. */
  @Bean
  SmartInitializingSingleton quietReplayedRaces() {
    return () -> {
      if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
          && logback.getTurboFilterList().stream().noneMatch(ReplayedRaceLog.class::isInstance)) {
        ReplayedRaceLog filter = new ReplayedRaceLog();
        filter.start();
        logback.addTurboFilter(filter);
      }
    };
  }

  @Bean
  FilterRegistrationBean<OptimisticLockRetryFilter> optimisticLockRetry() {
    FilterRegistrationBean<OptimisticLockRetryFilter> registration = new FilterRegistrationBean<>(new OptimisticLockRetryFilter());
    registration.setName("optimistic-lock-retry");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/api/*");
    // after the login and the start guard, so that every attempt runs as the same user with the same checks
    registration.setOrder(EngineRestSecurity.AUTHENTICATION_ORDER + 2);
    return registration;
  }
}
