package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The GDPC secretariat starts a new cycle from Tasklist, in Dutch: a period that ends before it starts is refused
 * with the server's bilingual reason and nothing starts; corrected, the cycle starts with a key from its period.
 */
@ApplicationTest
class CycleStartBrowserIT {

  /** Unique per run, so that the test also passes a second time on the same database. */
  private final String title = "Interfederale drugsstrategie 2090–2093 (" + java.util.UUID.randomUUID().toString().substring(0, 6) + ")";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired Cycles cycles;

  @Test
  void theSecretariatStartsACycleFromTasklistAfterCorrectingItsPeriod() {
    String member = TestUsers.memberOf(identityService, "gdpcSecretariat");
    try (Browser browser = new Browser(port, "nl")) {
      browser.open("/camunda/app/tasklist/");
      browser.login(member, TestUsers.DEMO_PASSWORD);
      browser.waitFor(By.xpath("//a[contains(., 'Proces starten')]")).click();
      browser.waitFor(By.xpath("//a[contains(., 'Interfederale beleidscyclus drugs')]")).click();

      browser.waitFor(By.cssSelector("input[id$='-title']")).sendKeys(title);
      browser.driver().findElement(By.cssSelector("input[id$='-periodStart']")).sendKeys("2093");
      browser.driver().findElement(By.cssSelector("input[id$='-periodEnd']")).sendKeys("2090");
      // a real click: form-js takes a typed value when the field loses focus, which a script click does not cause
      startButton(browser).click();
      try {
        browser.waitForText("De periode 2093–2090 is ongeldig");
      } finally {
        browser.screenshot("tasklist-start-refused-nl");
      }
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("policy-cycle")
          .variableValueEquals("title", title).count()).isZero();

      // form-js keeps its own value of a field: replace it as a user does, by selecting it and typing over it
      browser.driver().findElement(By.cssSelector("input[id$='-periodStart']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2090");
      browser.driver().findElement(By.cssSelector("input[id$='-periodEnd']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2093");
      browser.screenshot("tasklist-start-form-nl");
      startButton(browser).click();
      try {
        browser.waitForCondition(() -> instance() != null);
      } finally {
        browser.screenshot("tasklist-start-done");
      }
    }
    ProcessInstance started = instance();
    String key = started.getBusinessKey();
    try {
      assertThat(key).as("the key follows from the period").matches("cycle2090-2093(-\\d+)?");
      for (Job job : managementService.createJobQuery().processInstanceId(started.getId()).list()) {
        managementService.executeJob(job.getId());
      }
      assertThat(cycles.cycle(key).getTitle()).isEqualTo(title);
      assertThat(cycles.cycle(key).getPeriodStart()).isEqualTo(2090);
      assertThat(cycles.objectiveCount(key)).isEqualTo(6);
    } finally {
      runtimeService.deleteProcessInstance(started.getId(), "test clean-up");
    }
  }

  private ProcessInstance instance() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("policy-cycle").variableValueEquals("title", title)
        .singleResult();
  }

  private static WebElement startButton(Browser browser) {
    return browser.driver().findElements(By.xpath("//button[normalize-space(.)='Starten']")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElseThrow();
  }
}
