package be.interfederal.cycle.browser;

import be.interfederal.cycle.strategy.analysis.TrendPriority;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.strategy.analysis.ForesightTrend;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The GDPC secretariat records the foresight exercise in Tasklist, in Dutch: two trends and the workshop. */
@ApplicationTest
class ForesightFormBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired CycleRegistry registry;
  @Autowired Cycles cycles;

  @Test
  void theSecretariatRecordsTrendsAndTheWorkshopThroughTheTasklistForm() {
    String key = "foresight" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("situation-analysis", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "2. Situatieanalyse / Analyse de la situation",
        "periodStart", 2030, "periodEnd", 2033));
    String member = TestUsers.memberOf(identityService, "gdpcSecretariat");
    try (Browser browser = new Browser(port, "nl")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Foresight-oefening registreren");

      browser.waitFor(By.name("trend0")).sendKeys("Meer synthetische opioïden op de markt");
      new Select(browser.driver().findElement(By.name("priority0"))).selectByValue("high");
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
          browser.driver().findElement(By.xpath("//button[contains(., 'Trend toevoegen')]")));
      browser.waitFor(By.name("trend1")).sendKeys("Hybride vormen van gokken en gaming");
      new Select(browser.driver().findElement(By.name("priority1"))).selectByValue("lower");
      // a date input takes the date typed in the browser's locale order; set it as the date picker does
      ((JavascriptExecutor) browser.driver()).executeScript(
          "var i = arguments[0]; i.value = '2029-02-12'; i.dispatchEvent(new Event('input', {bubbles: true}));"
              + " i.dispatchEvent(new Event('change', {bubbles: true}));", browser.driver().findElement(By.id("workshopDate")));
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
          browser.driver().findElement(By.name("workshopValidated")));
      browser.screenshot("tasklist-foresight-form-nl");

      WebElement complete = browser.driver().findElements(By.xpath("//button[normalize-space(.)='Voltooien']")).stream()
          .filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", complete);
      try {
        browser.waitForCondition(() -> !cycles.cycle(key).getForesightTrends().isEmpty());
      } finally {
        browser.screenshot("tasklist-foresight-completed");
      }
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    assertThat(cycles.cycle(key).getForesightTrends()).extracting(ForesightTrend::getPriority).containsExactly(TrendPriority.high, TrendPriority.lower);
    assertThat(cycles.cycle(key).getForesightWorkshop()).isEqualTo(LocalDate.of(2029, 2, 12));
    assertThat(cycles.cycle(key).getForesightValidated()).isTrue();
  }
}
