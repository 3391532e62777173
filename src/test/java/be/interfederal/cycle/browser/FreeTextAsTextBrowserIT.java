package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Free text is shown as text: a signal whose description holds HTML and a script, reported by one group, appears
 * literally in the next group's Tasklist form — no markup interpreted, no script run.
 */
@ApplicationTest
class FreeTextAsTextBrowserIT {

  private static final String MARKUP = "<b>Vette</b> tekst <img src=x onerror=\"document.title='pwned'\"> <script>document.title='pwned'</script>";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void htmlInASignalsDescriptionIsShownAsTextInTheAssessmentForm() {
    int year = EngineClock.today().getYear();
    ProcessInstance cycle = runtimeService.startProcessInstanceByKey("policy-cycle", "freetext" + UUID.randomUUID().toString().substring(0, 8),
        Map.of("title", "Interfederale drugsstrategie " + year + "–" + (year + 3), "periodStart", year, "periodEnd", year + 3));
    for (Job job : managementService.createJobQuery().processInstanceId(cycle.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    String substance = "Synthetische cathinonen (" + UUID.randomUUID().toString().substring(0, 6) + ")";
    String secretariat = TestUsers.memberOf(identityService, "gdpcSecretariat");
    ProcessInstance warning = TestUsers.as(identityService, secretariat, () -> runtimeService.startProcessInstanceByKey("early-warning",
        Map.of("substance", substance, "signalDescription", MARKUP, "signalSource", "Labo", "signalDate",
            EngineClock.today().minusDays(1).toString(), "geography", "Brussel")));
    try (Browser browser = new Browser(port, "nl")) {
      browser.claimGroupTask(TestUsers.memberOf(identityService, "sciensano"), TestUsers.DEMO_PASSWORD,
          "Risico beoordelen / Évaluer le risque");
      try {
        browser.waitForText("Vette");
      } finally {
        browser.screenshot("tasklist-free-text-as-text");
      }

      String shown = browser.driver().findElement(By.tagName("body")).getText();
      assertThat(shown).contains("<b>Vette</b> tekst").contains("<script>");
      List<?> bold = browser.driver().findElements(By.xpath("//b[normalize-space(.)='Vette']"));
      assertThat(bold).as("no markup interpreted").isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).as("no image injected").isEmpty();
      assertThat(browser.driver().getTitle()).as("no script run").doesNotContain("pwned");
    } finally {
      runtimeService.deleteProcessInstance(warning.getId(), "test clean-up");
      runtimeService.deleteProcessInstance(cycle.getId(), "test clean-up");
    }
  }
}
