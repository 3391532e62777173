package be.interfederal.cycle.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON writes are capped at 1 MB and optimistic-locking races replayed ({@link OptimisticLockRetryFilter}) on every
 * way users write: the REST API, the webapps' own API that Tasklist's "Complete" calls, and the application's /api.
 */
@Configuration
class WriteRetryConfiguration {

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
