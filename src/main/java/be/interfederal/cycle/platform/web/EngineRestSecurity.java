package be.interfederal.cycle.platform.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API has no authentication of its own: every request to /engine-rest must carry HTTP Basic
 * credentials of a Camunda user, and runs as that user, so the engine's authorizations apply. The webapps use
 * their own session login under /camunda and are not affected.
 */
@Configuration
@ConditionalOnProperty(name = "interfederal.security.engine-rest-basic-auth", havingValue = "true", matchIfMissing = true)
class EngineRestSecurity {

  static final int AUTHENTICATION_ORDER = 0;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-auth");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** After the login: who may skip a start's checks (only administrators). */
  @Bean
  FilterRegistrationBean<StartInstructionsGuard> startInstructionsGuard(IdentityService identity) {
    FilterRegistrationBean<StartInstructionsGuard> registration = new FilterRegistrationBean<>(new StartInstructionsGuard(identity));
    registration.setName("engine-rest-start-guard");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AUTHENTICATION_ORDER + 1);
    return registration;
  }
}
