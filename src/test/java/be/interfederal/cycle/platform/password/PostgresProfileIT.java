package be.interfederal.cycle.platform.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.interfederal.cycle.InterfederalCycleApplication;
import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The postgres profile against a real PostgreSQL 17: the configuration comes from DB_URL / DB_USER / DB_PASSWORD /
 * ADMIN_USER / ADMIN_PASSWORD exactly as in production, migrations run, no demo users exist, and a restart on the
 * same database changes nothing.
 */
class PostgresProfileIT {

  private static final String STRONG_PASSWORD = "Interfederal-Test-2026!";

  @Test
  void startsOnPostgresWithMigrationsTheDirectoryAndNoDemoUsers() {
    String url = EmbeddedPostgresDatabase.newDatabase();
    List<String> firstVersions;
    try (ConfigurableApplicationContext app = start(url, "cellAdmin", STRONG_PASSWORD)) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
      assertThat(jdbc.queryForObject("select count(*) from app_schema_history where success", Integer.class)).isPositive();
      assertThat(jdbc.queryForObject("select count(*) from minister", Integer.class)).isEqualTo(26);
      assertThat(jdbc.queryForObject("select count(*) from directory_user", Integer.class)).isZero();

      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("cellAdmin");
      assertThat(identity.checkPassword("cellAdmin", STRONG_PASSWORD)).isTrue();
      assertThat(identity.createGroupQuery().groupId("cabinetKlinkenberg").count()).isEqualTo(1);
      firstVersions = versions(app);
      assertThat(firstVersions).isNotEmpty();
    }
    try (ConfigurableApplicationContext again = start(url, "cellAdmin", STRONG_PASSWORD)) {
      assertThat(versions(again)).as("an unchanged model creates no new version on restart").isEqualTo(firstVersions);
      assertThat(again.getBean(JdbcTemplate.class).queryForObject("select count(*) from minister", Integer.class)).isEqualTo(26);
    }
  }

  @Test
  void aRotatedAdminPasswordIsAppliedOnRestartWhileOneChangedInCamundaAdminStays() {
    String url = EmbeddedPostgresDatabase.newDatabase();
    String rotated = "Interfederal-Rotated-2027!";
    String changedInAdmin = "Changed-In-Camunda-Admin-1";
    try (ConfigurableApplicationContext app = start(url, "cellAdmin", STRONG_PASSWORD)) {
      assertThat(app.getBean(IdentityService.class).checkPassword("cellAdmin", STRONG_PASSWORD)).isTrue();
    }
    try (ConfigurableApplicationContext app = start(url, "cellAdmin", rotated)) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("cellAdmin", rotated)).isTrue();
      assertThat(identity.checkPassword("cellAdmin", STRONG_PASSWORD)).as("the old password is revoked").isFalse();
      // that failed check counts as a failed login, which locks the user for a few seconds: lift it for the next check
      identity.unlockUser("cellAdmin");
      var admin = identity.createUserQuery().userId("cellAdmin").singleResult();
      admin.setPassword(changedInAdmin);
      identity.saveUser(admin);
    }
    try (ConfigurableApplicationContext app = start(url, "cellAdmin", rotated)) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("cellAdmin", changedInAdmin)).as("unchanged configuration keeps Admin's change").isTrue();
      assertThat(identity.checkPassword("cellAdmin", rotated)).isFalse();
    }
  }

  @Test
  void refusesADefaultOrMissingAdministratorPassword() {
    String url = "jdbc:postgresql://localhost:1/never-reached";
    for (String password : new String[] {"admin", "demo", "", "short1!"}) {
      assertThatThrownBy(() -> start(url, "admin", password).close())
          .as("password '%s'", password)
          .isInstanceOf(WeakAdminPasswordException.class);
    }
    assertThatThrownBy(() -> start(url, "admin", null).close())
        .isInstanceOf(WeakAdminPasswordException.class)
        .hasMessageContaining("ADMIN_PASSWORD is not set");
  }

  @Test
  void anUnreachableDatabaseIsReportedAsSuch() {
    Throwable failure = null;
    try {
      start("jdbc:postgresql://127.0.0.1:1/interfederal", "admin", STRONG_PASSWORD).close();
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(failure).isNotNull();
    var analysis = new StartupFailureAnalyzers.UnreachableDatabase().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).startsWith("Cannot connect to the database");
    assertThat(analysis.getAction()).contains("DB_URL");
  }

  private static List<String> versions(ConfigurableApplicationContext app) {
    return app.getBean(RepositoryService.class).createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .list().stream().map(d -> d.getKey() + ":" + d.getVersion()).toList();
  }

  private static ConfigurableApplicationContext start(String url, String adminUser, String adminPassword) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--DB_URL=" + url, "--DB_USER=postgres",
        "--DB_PASSWORD=postgres", "--ADMIN_USER=" + adminUser, "--camunda.bpm.job-execution.enabled=false",
        "--spring.datasource.hikari.connection-timeout=3000", "--spring.datasource.hikari.initialization-fail-timeout=1"));
    if (adminPassword != null) {
      args.add("--ADMIN_PASSWORD=" + adminPassword);
    }
    return new SpringApplicationBuilder(InterfederalCycleApplication.class).profiles("postgres")
        .run(args.toArray(String[]::new));
  }
}
