package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.PlanAction;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Actions are entered in Tasklist, in French, through the embedded form: by the National Drugs Office for its plan,
 * and by a minister's cabinet for the interfederal plan.
 */
@ApplicationTest
class ActionPlanFormBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired CycleRegistry registry;
  @Autowired ActionPlanRecords actionPlans;

  @Test
  void theCndcEntersTwoActionsInFrench() {
    String key = "cndc" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("cndc-action-plan", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "6. Actieplannen / Plans d'action",
        "periodStart", 2030, "periodEnd", 2033));
    String member = TestUsers.memberOf(identityService, "cndc");
    try (Browser browser = new Browser(port, "fr")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Établir les actions");

      browser.waitFor(By.name("titleNl0"));
      fill(browser, 0, "Havens beveiligen tegen drugssmokkel", "Sécuriser les ports contre le trafic de drogues",
          "2030-01-01", "2031-12-31", "1250000");
      browser.driver().findElement(By.xpath("//button[contains(., 'Ajouter une action')]")).click();
      browser.waitFor(By.name("titleNl1"));
      fill(browser, 1, "Witwassen aanpakken", "Lutter contre le blanchiment de l'argent de la drogue",
          "2030-06-01", "2033-06-30", "");
      browser.screenshot("tasklist-cndc-actions-fr");

      WebElement complete = browser.driver().findElements(By.xpath("//button[normalize-space(.)='Terminer' or normalize-space(.)='Complete']"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", complete);
      try {
        browser.waitForCondition(() -> actionPlans.actions(key, ActionPlanKind.cndc).size() == 2);
      } finally {
        browser.screenshot("tasklist-cndc-actions-completed");
      }
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    List<PlanAction> stored = actionPlans.actions(key, ActionPlanKind.cndc);
    assertThat(stored).extracting(a -> a.getTitle().getFr())
        .containsExactly("Sécuriser les ports contre le trafic de drogues", "Lutter contre le blanchiment de l'argent de la drogue");
    PlanAction ports = stored.get(0);
    assertThat(ports.getObjectives()).containsExactly("1.1");
    assertThat(ports.getLeadGovernment()).isEqualTo("federal");
    assertThat(ports.getLeadMinister()).isEqualTo("verlinden");
    assertThat(ports.getStart()).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(ports.getBudget()).isEqualByComparingTo(new BigDecimal("1250000"));
    assertThat(ports.getPillar()).isEqualTo("repression");
    assertThat(stored.get(1).getBudget()).isNull();
    assertThat(stored.get(1).getExistingPlan()).isNull();
  }

  @Test
  void aCabinetProposesTwoActionsInFrenchForTheInterfederalPlan() {
    String key = "plan" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("action-plan", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "6. Actieplannen / Plans d'action",
        "periodStart", 2030, "periodEnd", 2033, "approvalSubject", "actionPlan"));
    String cabinet = "cabinetVerlinden";
    String member = TestUsers.memberOf(identityService, cabinet);
    try (Browser browser = new Browser(port, "fr")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Proposer des actions");

      browser.waitFor(By.name("titleNl0"));
      fill(browser, 0, "Slachtofferhulp bij drugsgeweld", "Aide aux victimes de la violence liée à la drogue",
          "2030-03-01", "2032-12-31", "250000");
      browser.driver().findElement(By.xpath("//button[contains(., 'Ajouter une action')]")).click();
      browser.waitFor(By.name("titleNl1"));
      fill(browser, 1, "Drugsdossiers sneller afhandelen", "Accélérer le traitement des dossiers de drogue",
          "2031-01-01", "2033-12-31", "");
      browser.screenshot("tasklist-cabinet-actions-fr");

      WebElement complete = browser.driver().findElements(By.xpath("//button[normalize-space(.)='Terminer' or normalize-space(.)='Complete']"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", complete);
      browser.waitForCondition(() -> actionPlans.actions(key, ActionPlanKind.interfederal).size() == 2);
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    assertThat(actionPlans.actions(key, ActionPlanKind.interfederal)).extracting(PlanAction::getProposedBy)
        .containsOnly(cabinet);
    assertThat(actionPlans.actions(key, ActionPlanKind.interfederal)).extracting(a -> a.getTitle().getFr())
        .containsExactly("Aide aux victimes de la violence liée à la drogue", "Accélérer le traitement des dossiers de drogue");
  }

  private static void fill(Browser browser, int row, String nl, String fr, String start, String end, String budget) {
    var driver = browser.driver();
    driver.findElement(By.name("titleNl" + row)).sendKeys(nl);
    driver.findElement(By.name("titleFr" + row)).sendKeys(fr);
    new Select(driver.findElement(By.name("objectives" + row))).selectByIndex(0);
    choose(driver.findElement(By.name("leadGovernment" + row)), "fédéral");
    choose(driver.findElement(By.name("leadMinister" + row)), "Verlinden");
    driver.findElement(By.name("partners" + row)).sendKeys("Douanes, DJSOC");
    // a date input takes the typed date in the browser's own format: set the ISO value the input holds instead
    for (String[] date : new String[][] {{"start" + row, start}, {"end" + row, end}}) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
          + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
          + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", driver.findElement(By.name(date[0])), date[1]);
    }
    if (!budget.isEmpty()) {
      driver.findElement(By.name("budget" + row)).sendKeys(budget);
    }
    choose(driver.findElement(By.name("pillar" + row)), "Répression");
    choose(driver.findElement(By.name("scopeCategory" + row)), "Drogues illégales");
  }

  /** Picks the option whose text contains the words (labels are bilingual). */
  private static void choose(WebElement select, String words) {
    Select choice = new Select(select);
    choice.getOptions().stream().filter(o -> o.getText().contains(words)).findFirst()
        .ifPresentOrElse(o -> choice.selectByVisibleText(o.getText()),
            () -> { throw new AssertionError("No option with '" + words + "' in " + select.getAttribute("name")); });
  }
}
