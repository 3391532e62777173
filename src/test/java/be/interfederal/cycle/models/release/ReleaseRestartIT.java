package be.interfederal.cycle.models.release;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.InterfederalCycleApplication;
import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database's latest version is authoritative: a restart with the same release keeps an administrator's revision
 * the latest; a new release that changed that model is deployed over it, and says so in the log. On a file database
 * (H2) and on PostgreSQL, each started three times.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReleaseRestartIT {

  private static final String MODELER = "Camunda Modeler";

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRestartKeepsTheAdministratorsRevisionAndANewReleaseIsDeployedOverIt(String database, CapturedOutput output)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--interfederal.notifications.enabled=false", "--interfederal.directory.demo-users=classpath:directory/demo-users.yaml"));
    if (database.equals("postgres")) {
      args.add("--spring.profiles.active=postgres");
      args.addAll(List.of("--DB_URL=" + EmbeddedPostgresDatabase.newDatabase(), "--DB_USER=postgres", "--DB_PASSWORD=postgres",
          "--ADMIN_PASSWORD=restart-test-password-2026"));
    } else {
      args.add("--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db/interfederal") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
    String revised = Files.readString(Path.of("bpmn/gdpc-drafting.bpmn")).replaceFirst("camunda:versionTag=\"(\\d+)\"",
        "camunda:versionTag=\"$1-admin\"");
    int adminVersion;
    long definitions;

    try (ConfigurableApplicationContext app = start(args)) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      IdentityService identity = app.getBean(IdentityService.class);
      int released = latest(repository, "gdpc-drafting").getVersion();
      identity.setAuthentication("admin", List.of("camunda-admin"));
      try {
        repository.createDeployment().name("gdpc-drafting").source(MODELER).addString("gdpc-drafting.bpmn", revised).deploy();
      } finally {
        identity.clearAuthentication();
      }
      adminVersion = latest(repository, "gdpc-drafting").getVersion();
      assertThat(adminVersion).isEqualTo(released + 1);
      definitions = repository.createProcessDefinitionQuery().count();
    }

    // the same release again: nothing is deployed, the administrator's version stays the latest
    try (ConfigurableApplicationContext app = start(args)) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      assertThat(latest(repository, "gdpc-drafting").getVersion()).isEqualTo(adminVersion);
      assertThat(source(repository, latest(repository, "gdpc-drafting"))).isEqualTo(MODELER);
      assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
      assertThat(output.getOut()).contains("gdpc-drafting: the administrator's version " + adminVersion
          + " (from 'Camunda Modeler') stays the latest; the release's model is unchanged");
    }

    // a new release that changed gdpc-drafting (and nothing else): deployed over the administrator's version
    Path release = temp.resolve("release-2");
    copy(Path.of("bpmn"), release.resolve("bpmn"));
    copy(Path.of("forms"), release.resolve("forms"));
    Path model = release.resolve("bpmn/gdpc-drafting.bpmn");
    Files.writeString(model, Files.readString(model).replaceFirst("camunda:versionTag=\"(\\d+)\"", "camunda:versionTag=\"$1-release2\""));
    List<String> nextRelease = new ArrayList<>(args);
    nextRelease.addAll(List.of("--interfederal.deployment.resources[0]=file:" + release + "/bpmn/*.bpmn",
        "--interfederal.deployment.resources[1]=file:" + release + "/forms/*.form",
        "--interfederal.deployment.resources[2]=file:" + release + "/forms/*.html"));
    try (ConfigurableApplicationContext app = start(nextRelease)) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      ProcessDefinition latest = latest(repository, "gdpc-drafting");
      assertThat(latest.getVersion()).isEqualTo(adminVersion + 1);
      assertThat(latest.getVersionTag()).endsWith("-release2");
      assertThat(source(repository, latest)).isEqualTo("interfederal-cycle");
      assertThat(repository.getDeploymentResourceNames(latest.getDeploymentId())).contains("bpmn/gdpc-drafting.bpmn",
          "forms/strategy-draft.html", "forms/drafting-closure.form");
      assertThat(repository.createProcessDefinitionQuery().count()).as("only the changed model").isEqualTo(definitions + 1);
      assertThat(output.getOut()).contains("The release's gdpc-drafting (version " + (adminVersion + 1)
          + ") supersedes version " + adminVersion + " deployed from 'Camunda Modeler'");
    }
  }

  /** A new application on the same database (a builder runs only once). */
  private static ConfigurableApplicationContext start(List<String> args) {
    return new SpringApplicationBuilder(InterfederalCycleApplication.class).run(args.toArray(String[]::new));
  }

  private static ProcessDefinition latest(RepositoryService repository, String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private static String source(RepositoryService repository, ProcessDefinition definition) {
    return repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult().getSource();
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
