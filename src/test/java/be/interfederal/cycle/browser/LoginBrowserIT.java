package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.ConsultationFixture;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser: a cabinet member logs in to Tasklist and finds their group's filter; a coordinator opens Cockpit. */
@ApplicationTest
class LoginBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired CycleRegistry registry;
  @Autowired DraftingRecords draftingRecords;

  @Test
  void aCabinetMemberLogsInToTasklistAndSeesTheGroupFilterWithTheirTask() {
    String cabinet = "cabinetVandenbroucke";
    String member = TestUsers.memberOf(identityService, cabinet);
    var instance = new ConsultationFixture(registry, draftingRecords, runtimeService, "Interfederale drugsstrategie 2030–2033")
        .ask(cabinet);
    try (Browser browser = new Browser(port, "nl")) {
      browser.open("/camunda/app/tasklist/");
      browser.login(member, TestUsers.DEMO_PASSWORD);

      browser.waitForText("Taken van mijn groep / Tâches de mon groupe");
      browser.waitFor(By.xpath("//*[contains(text(),'Taken van mijn groep')]")).click();
      browser.waitForText("Standpunt geven over het ontwerp");
      Path shot = browser.screenshot("tasklist-cabinet-member");

      assertThat(browser.driver().getPageSource()).contains("Interfederale drugsstrategie 2030–2033");
      // the header offers starting a process, not creating a task, which a cabinet may not do
      assertThat(browser.driver().findElement(By.xpath("//a[contains(., 'Proces starten')]")).isDisplayed()).isTrue();
      assertThat(browser.driver().findElements(By.xpath("//a[contains(., 'Taak aanmaken')]")))
          .isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isDisplayed);
      assertThat(Files.size(shot)).isPositive();
      // the application's name, and no "migrate to Camunda 8" banner for cabinet members
      assertThat(browser.driver().getTitle()).isEqualTo("Interfederal Cycle Tasklist");
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isDisplayed);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
  }

  @Test
  void aCoordinatorLogsInToCockpitAndSeesTheProcesses() throws Exception {
    String coordinator = TestUsers.memberOf(identityService, "coordinators");
    try (Browser browser = new Browser(port, "nl")) {
      browser.open("/camunda/app/cockpit/");
      browser.login(coordinator, TestUsers.DEMO_PASSWORD);

      browser.waitFor(By.cssSelector("a[href*='#/processes']"));
      browser.open("/camunda/app/cockpit/default/#/processes");
      browser.waitForText("Standpunt van een geraadpleegde groep");
      Path shot = browser.screenshot("cockpit-coordinator");

      assertThat(Files.size(shot)).isPositive();
      assertThat(browser.driver().getTitle()).startsWith("Interfederal Cycle Cockpit");
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isDisplayed);
    }
  }

  @Test
  void theAdministratorWorksInAdminInFrenchUnderTheApplicationsName() throws Exception {
    try (Browser browser = new Browser(port, "fr")) {
      browser.open("/camunda/app/admin/");
      browser.login("admin", "admin");

      browser.open("/camunda/app/admin/default/#/groups");
      browser.waitForText("Groupes");
      Path shot = browser.screenshot("admin-groups-fr");

      assertThat(Files.size(shot)).isPositive();
      assertThat(browser.driver().getTitle()).startsWith("Interfederal Cycle Admin");
      assertThat(browser.driver().getPageSource()).contains("Autorisations", "Système");
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .isNotEmpty().noneMatch(org.openqa.selenium.WebElement::isDisplayed);
    }
  }
}
