package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.mestrategy.Frequency;
import be.interfederal.cycle.strategy.mestrategy.Indicator;
import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.mestrategy.MeIndicator;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.monitoring.IndicatorValue;
import be.interfederal.cycle.strategy.monitoring.MonitoringRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sciensano reports this year's indicator values in Tasklist, in Dutch: its own indicator and DJSOC's, which it
 * delivers as the Reitox focal point. A quantitative value that is not a number keeps the form from completing.
 */
@ApplicationTest
class IndicatorValuesBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CycleRegistry registry;
  @Autowired MeStrategyRecords strategies;
  @Autowired MonitoringRecords monitoring;

  @Test
  void sciensanoReportsTheValuesOfItsIndicatorsInDutch() {
    String key = "mon" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    strategies.draft(key, List.of(
        new Indicator(new LocalizedText("Cannabisgebruik laatste jaar (15–64 jaar)", "Usage de cannabis (15–64 ans)", null),
            "1.1", IndicatorKind.quantitative, "sciensano", "7.6", 2023, "6", Frequency.yearly, true),
        new Indicator(new LocalizedText("Inbeslagnames cocaïne (ton)", "Saisies de cocaïne (tonnes)", null),
            "3.1", IndicatorKind.quantitative, "djsoc", "116", 2023, null, Frequency.yearly, true)),
        "04-01", LocalDate.of(2031, 6, 30), LocalDate.of(2032, 12, 31), "test");
    strategies.approve(key, LocalDate.of(2030, 3, 2));
    var instance = runtimeService.startProcessInstanceByKey("monitoring-round", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "7. Monitoring / Suivi",
        "periodStart", 2030, "periodEnd", 2033, "monitoringYear", 2031));
    managementService.createJobQuery().processInstanceId(instance.getId()).list()
        .forEach(job -> managementService.executeJob(job.getId()));
    String member = TestUsers.memberOf(identityService, "sciensano");
    try (Browser browser = new Browser(port, "nl")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Waarden van de indicatoren leveren");

      var driver = browser.driver();
      WebElement cannabis = browser.waitFor(By.name("value0"));
      assertThat(driver.findElement(By.cssSelector("form[name='indicatorValues']")).getText()).contains("Cannabisgebruik laatste jaar", "djsoc",
          "Waarde / Valeur", "7.6 (2023)");
      cannabis.sendKeys("7,1");
      driver.findElement(By.name("note0")).sendKeys("Gezondheidsenquête 2030");
      WebElement cocaine = driver.findElement(By.name("value1"));
      cocaine.sendKeys("veel");
      WebElement complete = driver.findElements(By.xpath("//button[normalize-space(.)='Voltooien' or normalize-space(.)='Complete']"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
      // not a number: Tasklist keeps the button disabled
      browser.waitForCondition(() -> !complete.isEnabled());
      cocaine.clear();
      cocaine.sendKeys("98");
      browser.screenshot("tasklist-indicator-values-nl");
      browser.waitForCondition(complete::isEnabled);
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", complete);
      browser.waitForCondition(() -> monitoring.values(key, 2031).size() == 2);
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    Map<Long, IndicatorValue> values = monitoring.values(key, 2031);
    List<MeIndicator> indicators = strategies.indicators(key);
    assertThat(values.get(indicators.get(0).getId()).getValue()).as("a decimal comma is read as a number").isEqualTo("7.1");
    assertThat(values.get(indicators.get(0).getId()).getNote()).isEqualTo("Gezondheidsenquête 2030");
    assertThat(values.get(indicators.get(1).getId()).getValue()).isEqualTo("98");
    assertThat(values.get(indicators.get(0).getId()).getRecorded().getRecordedBy()).isEqualTo(member);
  }
}
