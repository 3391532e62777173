package be.interfederal.cycle.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Optimistic-locking races are replayed ({@link OptimisticLockRetryFilter}) on both ways users write to the engine:
 * the REST API and the webapps' own API that Tasklist's "Complete" calls.
 */
@Configuration
class WriteRetryConfiguration {

  @Bean
  FilterRegistrationBean<OptimisticLockRetryFilter> optimisticLockRetry() {
    FilterRegistrationBean<OptimisticLockRetryFilter> registration = new FilterRegistrationBean<>(new OptimisticLockRetryFilter());
    registration.setName("optimistic-lock-retry");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after the login and the start guard, so that every attempt runs as the same user with the same checks
    registration.setOrder(EngineRestSecurity.AUTHENTICATION_ORDER + 2);
    return registration;
  }
}
