package be.interfederal.cycle.platform.metrics;

import be.interfederal.cycle.platform.web.ApiAuthenticationFilter;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;

/** /actuator/prometheus needs a user (HTTP Basic or a webapp session) of a reader group; /actuator/health is open. */
@Configuration
@EnableScheduling
class MetricsConfiguration {

  static final String PROMETHEUS = "/actuator/prometheus";

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> metricsAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
    registration.setName("metrics-authentication");
    registration.addUrlPatterns(PROMETHEUS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<MetricsReaderFilter> metricsReaders(MetricsProperties properties) {
    FilterRegistrationBean<MetricsReaderFilter> registration =
        new FilterRegistrationBean<>(new MetricsReaderFilter(properties.readerGroups()));
    registration.setName("metrics-readers");
    registration.addUrlPatterns(PROMETHEUS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
