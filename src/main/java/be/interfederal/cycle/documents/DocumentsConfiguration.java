package be.interfederal.cycle.documents;

import be.interfederal.cycle.directory.DirectoryGroup;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.platform.web.ApiAuthenticationFilter;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Wires the plain document classes into Spring. The cycle capability's {@link CycleParticipants} is looked up when a
 * request needs it, so the application also starts, and documents still work for readers, without one.
 */
@Configuration
class DocumentsConfiguration {

  static final String CLOCK = "documentClock";
  static final String RENDERERS = "documentRenderers";
  /** Every path of the application's own API; what each user may see there is decided per endpoint. */
  static final String API_PATHS = "/api/*";
  private static final String TEMPLATE_ENGINE_LOGGER = "com.deepoove.poi";

  /** The engine's clock, as for every other timestamp of the application. */
  @Bean(CLOCK)
  Clock documentClock() {
    return EngineClock.INSTANCE;
  }

  /**
   * The threads that render a document's languages side by side: one per core, since rendering only computes; the
   * job that asks waits for them and stores the results in its own transaction.
   */
  @Bean(name = RENDERERS, destroyMethod = "shutdown")
  ThreadPoolTaskExecutor documentRenderers() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(Runtime.getRuntime().availableProcessors());
    executor.setMaxPoolSize(Runtime.getRuntime().availableProcessors());
    executor.setThreadNamePrefix("document-render-");
    executor.setDaemon(true);
    // a document job still running while the application stops must finish: the job executor stops after this pool
    executor.setAcceptTasksAfterContextClose(true);
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(60);
    return executor;
  }

  @Bean
  DocumentGenerator documentGenerator(DocumentProperties properties, ResourceLoader resourceLoader,
      @Qualifier(CLOCK) Clock clock) {
    return new DocumentGenerator(new TemplateSource(resourceLoader, properties.templateLocation()),
        new ModelFormatter(EngineClock.ZONE), new DocxRenderer(), new DocxToPdf(new LiberationFonts()), clock);
  }

  /**
   * poi-tl logs every tag of every document it renders at INFO. Unless its level is configured
   * ({@code logging.level.com.deepoove.poi}), only its warnings are kept.
   */
  @Bean
  InitializingBean templateEngineLogLevel(ObjectProvider<LoggingSystem> loggingSystem) {
    return () -> loggingSystem.ifAvailable(logging -> {
      LoggerConfiguration configuration = logging.getLoggerConfiguration(TEMPLATE_ENGINE_LOGGER);
      if (configuration == null || configuration.getConfiguredLevel() == null) {
        logging.setLogLevel(TEMPLATE_ENGINE_LOGGER, LogLevel.WARN);
      }
    });
  }

  @Bean
  DocumentAccessPolicy documentAccessPolicy(DocumentProperties properties, DirectoryGroupRepository groups,
      ObjectProvider<CycleParticipants> participants, DocumentService documents) {
    return new DocumentAccessPolicy(properties.readerGroups(),
        () -> readerRoleGroups(properties, groups), participants::getIfUnique, documents::hasDocuments);
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> documentsApiAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService(), engine.getName()));
    registration.setName("api-authentication");
    registration.addUrlPatterns(API_PATHS);
    return registration;
  }

  private static Set<String> readerRoleGroups(DocumentProperties properties, DirectoryGroupRepository groups) {
    return properties.readerRoles().stream().flatMap(role -> groups.findByRole(role).stream())
        .map(DirectoryGroup::getId).collect(Collectors.toSet());
  }
}
