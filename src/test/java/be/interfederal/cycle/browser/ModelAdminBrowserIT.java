package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrators' page in Cockpit (the model-admin plugin): the administrator opens it from the header, checks
 * that a drafting cycle on an older version of gdpc-drafting can move to the newest one, migrates it after confirming,
 * and the cycle goes on on the newest version. Someone who is not an administrator is told the page is not for them.
 */
@ApplicationTest
class ModelAdminBrowserIT {

  private static final String PROCESS = "gdpc-drafting";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CycleRegistry registry;

  @Test
  void theAdministratorChecksAndMigratesADraftingCycleToTheNewestModel() throws Exception {
    String key = "admin" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, CycleDriver.TITLE, 2030, 2033, null);
    // Two deployments of our own, the older one running only this test's cycle: a dry run from that version then
    // finds exactly this cycle, whatever other tests left running on the versions deployed at start-up.
    List<Deployment> deployments = new ArrayList<>();
    ProcessInstance instance = null;
    try {
      ProcessDefinition older = deployDrafting("older", deployments);
      instance = runtime.startProcessInstanceById(older.getId(), key, Map.of("cycleTitle", CycleDriver.TITLE,
          "phaseName", "4. Opmaak ACD / Rédaction CGPD", "periodStart", 2030, "periodEnd", 2033));
      for (Job job : management.createJobQuery().processInstanceId(instance.getId()).list()) {
        management.executeJob(job.getId());
      }
      ProcessDefinition newest = deployDrafting("newest", deployments);
      assertThat(newest.getVersion()).isEqualTo(older.getVersion() + 1);

      try (Browser browser = new Browser(port, "nl")) {
        browser.open("/camunda/app/cockpit/");
        browser.login("admin", "admin");
        browser.waitFor(By.cssSelector("a.ifc-nav")).click();
        browser.waitForText("Modellen en lopende cycli");
        WebElement section = browser.waitFor(By.cssSelector("section[data-process-key='" + PROCESS + "'] select.ifc-from"))
            .findElement(By.xpath("ancestor::section[1]"));
        new Select(section.findElement(By.cssSelector("select.ifc-from"))).selectByValue(String.valueOf(older.getVersion()));

        section.findElement(By.cssSelector("button.ifc-check")).click();
        String dryRun = reportText(browser, "dryRun", key);
        assertThat(dryRun).contains("Controle naar versie " + newest.getVersion(), "Kan verhuizen",
            "Alle gevonden instanties kunnen verhuizen", "draftStrategy").doesNotContain("Redenen");

        section(browser).findElement(By.cssSelector("button.ifc-migrate")).click();
        browser.waitFor(By.cssSelector("section[data-process-key='" + PROCESS + "'] button.ifc-confirm-yes")).click();
        String moved = reportText(browser, "run", key);
        // the run is in the report and in the audit at once, under its batch, which waits for the job executor (off
        // in tests)
        String batchId = management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).singleResult().getId();
        assertThat(moved).contains("Migratie naar versie " + newest.getVersion(), "Gemigreerd", "Migratiebatch", batchId);
        browser.waitForCondition(() -> browser.driver().findElement(By.cssSelector(".ifc-migrations")).getText().contains(batchId));
        // once the page has reloaded after the run, the buttons are back
        browser.waitForCondition(() -> section(browser).findElement(By.cssSelector("button.ifc-check")).isEnabled());
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
            section(browser).findElement(By.cssSelector(".ifc-report")));
        Path shot = browser.screenshot("cockpit-model-admin");
        assertThat(Files.size(shot)).isPositive();
      }

      runMigrationBatches();
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId())
          .isEqualTo(newest.getId());
    } finally {
      if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        runtime.deleteProcessInstance(instance.getId(), "test clean-up");
      }
      for (Batch batch : management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list()) {
        management.deleteBatch(batch.getId(), true);
      }
      for (int i = deployments.size() - 1; i >= 0; i--) {
        repository.deleteDeployment(deployments.get(i).getId(), true);
      }
    }
  }

  @Test
  void aCoordinatorIsToldThePageIsForAdministratorsOnly() {
    String coordinator = TestUsers.memberOf(identity, "coordinators");
    try (Browser browser = new Browser(port, "fr")) {
      browser.open("/camunda/app/cockpit/");
      browser.login(coordinator, TestUsers.DEMO_PASSWORD);
      browser.waitFor(By.cssSelector("a[href*='#/processes']"));
      browser.open("/camunda/app/cockpit/default/#/interfederal-models");

      WebElement message = browser.waitFor(By.cssSelector(".ifc-model-admin .alert-warning"));
      assertThat(message.getText()).contains("réservée aux administrateurs", "camunda-admin");
      browser.screenshot("cockpit-model-admin-refused-fr");
      assertThat(browser.driver().findElements(By.cssSelector(".ifc-process"))).isEmpty();
      // the header offers the page only to administrators
      assertThat(browser.driver().findElements(By.cssSelector("a.ifc-nav"))).noneMatch(WebElement::isDisplayed);
    }
  }

  /** The jar's gdpc-drafting with the forms it binds to its own deployment, deployed as a new version. */
  private ProcessDefinition deployDrafting(String which, List<Deployment> deployments) {
    Deployment deployment = repository.createDeployment().name("gdpc-drafting, " + which + " (ModelAdminBrowserIT)")
        .addClasspathResource("bpmn/gdpc-drafting.bpmn")
        .addClasspathResource("forms/strategy-draft.html")
        .addClasspathResource("forms/drafting-closure.form")
        .deploy();
    deployments.add(deployment);
    return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).processDefinitionKey(PROCESS)
        .singleResult();
  }

  private static WebElement section(Browser browser) {
    return browser.driver().findElement(By.cssSelector("section[data-process-key='" + PROCESS + "']"));
  }

  /**
   * The text of the process's report panel once it shows the outcome and names the business key. Looked up afresh
   * each time: the page draws a process's section anew on every answer.
   */
  private static String reportText(Browser browser, String outcome, String businessKey) {
    By report = By.cssSelector("section[data-process-key='" + PROCESS + "'] .ifc-report[data-outcome='" + outcome + "']");
    String[] text = {""};
    browser.waitForCondition(() -> {
      try {
        text[0] = browser.driver().findElements(report).stream().map(WebElement::getText).findFirst().orElse("");
      } catch (StaleElementReferenceException redrawn) {
        return false;
      }
      return text[0].contains(businessKey);
    });
    return text[0];
  }

  /** What the job executor would do: seed, migrate and close every migration batch. */
  private void runMigrationBatches() {
    for (int round = 0; round < 20; round++) {
      List<Batch> batches = management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list();
      if (batches.isEmpty()) {
        return;
      }
      for (Batch batch : batches) {
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
            batch.getMonitorJobDefinitionId())) {
          for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
            management.executeJob(job.getId());
          }
        }
      }
    }
    throw new IllegalStateException("The migration batches do not finish");
  }
}
