package be.interfederal.cycle.browser;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.strategy.process.DocumentModels;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition;
import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.ConsultationFixture;
import be.interfederal.cycle.support.TestUsers;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A cabinet member opens a consultation task in Tasklist, follows the link to the draft (served to the Tasklist
 * session), fills the form in Dutch — one objection, motivated — and completes it; the positions land in the
 * cycle's tables.
 */
@ApplicationTest
class ConsultationFormBrowserIT {

  private static final String CABINET = "cabinetVandenbroucke";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CycleRegistry registry;
  @Autowired ConsultationRecords consultationRecords;
  @Autowired Cycles cycles;
  @Autowired DraftingRecords draftingRecords;
  @Autowired DocumentModels models;
  @Autowired DocumentService documents;

  @Test
  void aCabinetMemberReadsTheDraftAndGivesItsPositionInDutchInTasklist() throws Exception {
    ConsultationFixture round = new ConsultationFixture(registry, draftingRecords, runtimeService, "Interfederale drugsstrategie 2030–2033");
    String key = round.businessKey();
    documents.generate(key, DocumentType.CONSULTATION_DRAFT, "nl", models.build(DocumentType.CONSULTATION_DRAFT, key, "nl", 1, ApprovalSubject.strategy),
        "browser-test", "generateConsultationDraft", null);
    var instance = round.ask(CABINET);
    String member = TestUsers.memberOf(identityService, CABINET);

    try (Browser browser = new Browser(port, "nl")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Standpunt geven over het ontwerp");

      // the draft link in the form works with the Tasklist login (the session), and serves the PDF
      WebElement draftLink = browser.waitFor(By.cssSelector("a[href*='/documents/latest/CONSULTATION_DRAFT/nl/pdf']"));
      Object status = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
              + ".catch(e => done('error ' + e));", draftLink.getAttribute("href"));
      assertThat(status).isEqualTo("200 application/pdf");

      browser.waitFor(By.cssSelector("input[type='radio']"));
      List<WebElement> agree = browser.driver().findElements(By.cssSelector("input[type='radio'][value='agree']"));
      List<WebElement> objection = browser.driver().findElements(By.cssSelector("input[type='radio'][value='objection']"));
      assertThat(agree).hasSize(cycles.objectiveCount(key));
      click(browser, objection.get(0));
      for (WebElement radio : agree.subList(1, agree.size())) {
        click(browser, radio);
      }
      // the motivation field appears only for the objection, and asks for it in both languages
      WebElement remarks = browser.waitFor(By.cssSelector("textarea"));
      assertThat(browser.driver().findElements(By.cssSelector("textarea"))).hasSize(1);
      assertThat(browser.driver().getPageSource()).contains("Opmerkingen of motivering van het bezwaar");
      remarks.sendKeys("Doelstelling 1 moet de preventie in het onderwijs uitdrukkelijk vermelden.");
      browser.screenshot("tasklist-consultation-form-nl");

      WebElement complete = browser.driver().findElements(By.xpath("//button[normalize-space(.)='Voltooien']")).stream()
          .filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      click(browser, complete);
      try {
        browser.waitForCondition(() -> taskService.createTaskQuery().processInstanceId(instance.getId()).count() == 0);
      } finally {
        browser.screenshot("tasklist-consultation-completed");
      }
    }
    List<ConsultationPosition> positions = consultationRecords.positions(key, ApprovalSubject.strategy, 1);
    assertThat(positions).hasSize(cycles.objectiveCount(key));
    assertThat(positions).filteredOn(p -> p.getObjectiveNumber() == 1).singleElement().satisfies(p -> {
      assertThat(p.getAnswer()).isEqualTo(ConsultationPosition.Answer.objection);
      assertThat(p.getRemarks()).contains("preventie in het onderwijs");
    });
    assertThat(positions).filteredOn(p -> p.getObjectiveNumber() > 1)
        .allSatisfy(p -> assertThat(p.getAnswer()).isEqualTo(ConsultationPosition.Answer.agree));
  }

  private static void click(Browser browser, WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }
}
