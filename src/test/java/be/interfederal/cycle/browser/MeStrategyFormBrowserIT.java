package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.mestrategy.Frequency;
import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.mestrategy.MeIndicator;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
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

/** The GDPC secretariat drafts the M&E strategy in Tasklist, in Dutch: an indicator and the calendar. */
@ApplicationTest
class MeStrategyFormBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired CycleRegistry registry;
  @Autowired MeStrategyRecords records;

  @Test
  void theSecretariatDraftsAnIndicatorAndTheCalendarInDutch() {
    String key = "me" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("monitoring-evaluation-strategy", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "6. M&E-strategie / Stratégie de S&E",
        "periodStart", 2030, "periodEnd", 2033, "approvalSubject", "meStrategy"));
    String member = TestUsers.memberOf(identityService, "gdpcSecretariat");
    try (Browser browser = new Browser(port, "nl")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "M&E-strategie opstellen");

      var driver = browser.driver();
      browser.waitFor(By.name("titleNl0")).sendKeys("Cannabisgebruik laatste jaar (15–64 jaar)");
      driver.findElement(By.name("titleFr0")).sendKeys("Usage de cannabis au cours de la dernière année (15–64 ans)");
      // option 0 is the empty choice AngularJS shows while nothing is chosen
      new Select(driver.findElement(By.name("objective0"))).selectByIndex(1);
      Select provider = new Select(driver.findElement(By.name("provider0")));
      provider.getOptions().stream().filter(o -> o.getText().startsWith("Sciensano")).findFirst()
          .ifPresent(o -> provider.selectByVisibleText(o.getText()));
      new Select(driver.findElement(By.name("kind0"))).selectByVisibleText("Kwantitatief / Quantitatif");
      driver.findElement(By.name("baseline0")).sendKeys("7.6");
      driver.findElement(By.name("baselineYear0")).sendKeys("2023");
      driver.findElement(By.name("target0")).sendKeys("6");
      new Select(driver.findElement(By.name("frequency0"))).selectByVisibleText("Jaarlijks / Annuel");
      // the calendar comes prefilled with the defaults; the day of the monitoring round is changed
      WebElement day = driver.findElement(By.id("monitoringDay"));
      assertThat(day.getAttribute("value")).isEqualTo("04-01");
      day.clear();
      day.sendKeys("09-15");
      browser.screenshot("tasklist-me-strategy-nl");

      WebElement complete = driver.findElements(By.xpath("//button[normalize-space(.)='Voltooien' or normalize-space(.)='Complete']"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", complete);
      browser.waitForCondition(() -> !records.indicators(key).isEmpty());
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    MeIndicator indicator = records.indicators(key).get(0);
    assertThat(indicator.getProvider()).isEqualTo("sciensano");
    assertThat(indicator.getKind()).isEqualTo(IndicatorKind.quantitative);
    assertThat(indicator.getFrequency()).isEqualTo(Frequency.yearly);
    assertThat(indicator.getBaselineYear()).isEqualTo(2023);
    assertThat(indicator.getObjective()).isEqualTo("1.1");
    assertThat(records.strategy(key).getMonitoringDay()).isEqualTo("09-15");
    assertThat(records.strategy(key).getMidTermEvaluation()).isEqualTo(LocalDate.of(2031, 6, 30));
    assertThat(records.strategy(key).getFinalEvaluation()).isEqualTo(LocalDate.of(2032, 12, 31));
  }
}
