package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.strategy.analysis.Contribution;
import be.interfederal.cycle.strategy.analysis.Method;
import be.interfederal.cycle.strategy.analysis.ContributionRepository;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A data provider (Sciensano) delivers its contribution to the situation analysis in Tasklist, in French. */
@ApplicationTest
class ContributionFormBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CycleRegistry registry;
  @Autowired ContributionRepository contributions;

  @Test
  void sciensanoDeliversAnIndicatorThroughTheTasklistForm() {
    String key = "contrib" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("situation-analysis", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "2. Situatieanalyse / Analyse de la situation",
        "periodStart", 2030, "periodEnd", 2033));
    String member = TestUsers.memberOf(identityService, "sciensano");
    try (Browser browser = new Browser(port, "fr")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Fournir la contribution");

      browser.waitFor(By.name("name0")).sendKeys("Usage de cannabis au cours de la dernière année (15–64 ans)");
      browser.driver().findElement(By.name("value0")).sendKeys("7.3");
      browser.driver().findElement(By.name("unit0")).sendKeys("%");
      browser.driver().findElement(By.name("year0")).sendKeys("2028");
      browser.driver().findElement(By.name("source0")).sendKeys("Enquête de santé");
      new Select(browser.driver().findElement(By.name("method0"))).selectByVisibleText("Bevraging / Enquête");
      browser.driver().findElement(By.id("dataGaps")).sendKeys("Pas de données sur le protoxyde d'azote chez les mineurs.");
      browser.screenshot("tasklist-contribution-form-fr");

      WebElement complete = browser.driver().findElements(By.xpath("//button[normalize-space(.)='Terminer' or normalize-space(.)='Complete']"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", complete);
      try {
        browser.waitForCondition(() -> contributions.findByCycleKeyAndProviderGroup(key, "sciensano").isPresent());
      } finally {
        browser.screenshot("tasklist-contribution-completed");
      }
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    Contribution contribution = contributions.findByCycleKeyAndProviderGroup(key, "sciensano").orElseThrow();
    assertThat(contribution.getIndicators()).singleElement().satisfies(i -> {
      assertThat(i.getValue()).isEqualTo(7.3);
      assertThat(i.getYear()).isEqualTo(2028);
      assertThat(i.getMethod()).isEqualTo(Method.survey);
    });
    assertThat(contribution.getDataGaps()).contains("protoxyde d'azote");
  }
}
