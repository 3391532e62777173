package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.earlywarning.EarlyWarningRecords;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GDPC secretariat reports an early warning from Tasklist's "Start process", in Dutch, with the start form: the
 * warning belongs to the running cycle that covers today and goes to Sciensano's rapid risk assessment.
 */
@ApplicationTest
class EarlyWarningStartBrowserIT {

  /** Unique per run, so that the test also passes a second time on the same database. */
  private final String substance = "Nitazenen in namaak-oxycodon (" + UUID.randomUUID().toString().substring(0, 6) + ")";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired EarlyWarningRecords records;

  @Test
  void theSecretariatStartsAnEarlyWarningFromTasklist() {
    // a cycle that covers today, started last: the one a warning started without key belongs to
    int year = EngineClock.today().getYear();
    String cycleKey = "ewbrowser" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey("policy-cycle", cycleKey,
        Map.of("title", "Interfederale drugsstrategie " + year + "–" + (year + 3), "periodStart", year, "periodEnd", year + 3));
    for (Job job : managementService.createJobQuery().processInstanceId(cycle.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    String member = TestUsers.memberOf(identityService, "gdpcSecretariat");
    try (Browser browser = new Browser(port, "nl")) {
      browser.open("/camunda/app/tasklist/");
      browser.login(member, TestUsers.DEMO_PASSWORD);
      browser.waitFor(By.xpath("//a[contains(., 'Proces starten')]")).click();
      browser.waitFor(By.xpath("//a[contains(., 'Vroegtijdige waarschuwing / Alerte précoce')]")).click();

      browser.waitFor(By.cssSelector("input[id$='-substance']")).sendKeys(substance);
      browser.driver().findElement(By.cssSelector("textarea[id$='-signalDescription']"))
          .sendKeys("Drie intoxicaties met ademhalingsdepressie na gebruik van valse oxycodontabletten.");
      browser.driver().findElement(By.cssSelector("input[id$='-signalSource']")).sendKeys("Toxicologisch labo UZ Gent");
      WebElement dateLabel = browser.waitFor(By.xpath("//label[contains(., 'Datum van het signaal')]"));
      typeDate(browser, browser.driver().findElement(By.id(dateLabel.getDomAttribute("for"))), EngineClock.today().minusDays(1));
      browser.driver().findElement(By.cssSelector("input[id$='-geography']")).sendKeys("Antwerpen, Gent");
      browser.screenshot("tasklist-early-warning-start-nl");
      // a real click: form-js takes a typed value when the field loses focus, which a script click does not cause
      startButton(browser).click();
      try {
        browser.waitForCondition(() -> instance() != null);
      } finally {
        browser.screenshot("tasklist-early-warning-started");
      }
    }
    ProcessInstance started = instance();
    try {
      assertThat(started.getBusinessKey()).as("the running cycle that covers today").isEqualTo(cycleKey);
      assertThat(taskService.createTaskQuery().processInstanceId(started.getId()).taskDefinitionKey("assessRisk")
          .taskCandidateGroup("sciensano").count()).isOne();
      int number = (Integer) runtimeService.getVariable(started.getId(), "warningNumber");
      assertThat(records.warning(cycleKey, number).getSignalDate()).isEqualTo(EngineClock.today().minusDays(1));
      assertThat(records.warning(cycleKey, number).getRecorded().getRecordedBy()).isEqualTo(member);
    } finally {
      runtimeService.deleteProcessInstance(started.getId(), "test clean-up");
      runtimeService.deleteProcessInstance(cycle.getId(), "test clean-up");
    }
  }

  private ProcessInstance instance() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("early-warning")
        .variableValueEquals("substance", substance).singleResult();
  }

  /** Types the date as a user does, in the browser's own date format, then Enter. */
  private static void typeDate(Browser browser, WebElement input, LocalDate date) {
    String shown = (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "return new Intl.DateTimeFormat().format(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
        date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    input.click();
    input.sendKeys(shown);
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  private static WebElement startButton(Browser browser) {
    return browser.driver().findElements(By.xpath("//button[normalize-space(.)='Starten']")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }
}
