package be.interfederal.cycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.approval.ApprovalRecords;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.approval.TmdMeeting;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.Browser;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Forms (form-js, rendered by Tasklist 7.24 itself) completed in Tasklist by a real member of the task's
 * group: the TMD secretariat records the mandate in Dutch (date picker, text area, checklist), and the TMD decision in
 * French, where a rejection without a reason is refused first.
 */
@ApplicationTest
class CamundaFormsBrowserIT {

  private static final String TITLE = "Interfederale drugsstrategie 2030–2033";
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  /** form-js's own message under a required field (built in, always English). */
  private static final String REQUIRED_ERROR = "//*[contains(@class,'fjs-form-field-error')][contains(., 'Field is required.')]";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CycleRegistry registry;
  @Autowired ApprovalRecords approvalRecords;
  @Autowired Cycles cycles;

  @Test
  void theTmdSecretariatRecordsTheMandateInDutchThroughTheCamundaForm() {
    String key = "mandate" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, TITLE, 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("cycle-mandate", key, Map.of(
        "cycleTitle", TITLE, "phaseName", "1. Mandaat / Mandat", "periodStart", 2030, "periodEnd", 2033));
    String member = TestUsers.memberOf(identityService, "tmdSecretariat");
    LocalDate decided = LocalDate.now(BRUSSELS).minusDays(14);
    try (Browser browser = new Browser(port, "nl")) {
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Mandaat van de TVD registreren");
      browser.waitForCondition(() -> member.equals(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getAssignee()));

      // the form-js text with the task's variables, rendered by Tasklist
      browser.waitForText("Periode / Période:");
      browser.waitForText("2030–2033");
      typeDate(browser, "Datum van de beslissing", decided);
      fieldLabelled(browser, "Opdracht: scope en prioriteiten").sendKeys(
          "Nieuwe strategie 2030–2033 met aandacht voor cocaïne en synthetische drugs.");
      click(browser, checkbox(browser, "Illegale drugs / Drogues illégales"));
      click(browser, checkbox(browser, "Verslavend gedrag (gokken, gaming)"));
      browser.screenshot("tasklist-mandate-form-nl");

      complete(browser, "Voltooien");
      try {
        browser.waitForCondition(() -> taskService.createTaskQuery().processInstanceId(instance.getId()).count() == 0);
      } finally {
        browser.screenshot("tasklist-mandate-completed");
      }
    } finally {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
      }
    }
    var cycle = cycles.cycle(key);
    assertThat(cycle.getMandateDate()).isEqualTo(decided);
    assertThat(cycle.getMandateScope()).isEqualTo("Nieuwe strategie 2030–2033 met aandacht voor cocaïne en synthetische drugs.");
    assertThat(cycle.getScopeCategories()).containsExactlyInAnyOrder("illegalDrugs", "addictiveBehaviours");
  }

  @Test
  void theTmdSecretariatRecordsARejectionInFrenchOnlyWithAReason() {
    String key = "tmd" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, TITLE, 2030, 2033, null);
    var instance = runtimeService.startProcessInstanceByKey("tmd-approval", key, Map.of(
        "cycleTitle", TITLE, "phaseName", "5. Goedkeuring TVD / Approbation RTD", "periodStart", 2030, "periodEnd", 2033,
        "approvalSubject", "strategy"));
    CycleDriver driver = new CycleDriver(runtimeService, taskService, managementService, identityService, key);
    String member = TestUsers.memberOf(identityService, "tmdSecretariat");
    try {
      // the meeting and the ministers' positions, as the secretariat and the cabinets give them
      driver.complete(driver.single("scheduleMeeting"), Map.of("meetingDate", LocalDate.now(BRUSSELS).plusDays(10).toString()));
      driver.completeAll("recordMinisterPosition", t -> Map.of("ministerPosition", "endorse"));
      Task decision = driver.single("recordTmdDecision");

      try (Browser browser = new Browser(port, "fr")) {
        browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Enregistrer la décision de la RTD");
        browser.waitForCondition(() -> member.equals(taskService.createTaskQuery().taskId(decision.getId()).singleResult().getAssignee()));

        // the remarks are hidden until a decision other than "approved" is chosen
        browser.waitForText("Beslissing van de TVD / Décision de la RTD");
        assertThat(labelled(browser, "Remarques ou motifs de la RTD")).isEmpty();
        click(browser, radio(browser, "Verworpen / Rejetée"));
        browser.waitForCondition(() -> !labelled(browser, "Remarques ou motifs de la RTD").isEmpty());

        // a rejection without a reason is refused, and the task stays open with nothing recorded
        complete(browser, "Terminer");
        browser.waitFor(By.xpath(REQUIRED_ERROR));
        browser.waitForText("Une erreur s'est produite lors de l'envoi du formulaire");
        browser.screenshot("tasklist-tmd-decision-refused-fr");
        assertThat(taskService.createTaskQuery().taskId(decision.getId()).count()).isEqualTo(1);
        assertThat(approvalRecords.currentMeeting(key, ApprovalSubject.strategy).getDecision()).isNull();

        fieldLabelled(browser, "Remarques ou motifs de la RTD").sendKeys(
            "La RTD demande de revoir les objectifs relatifs à la réduction des risques.");
        browser.waitForCondition(() -> browser.driver().findElements(By.xpath(REQUIRED_ERROR)).isEmpty());
        browser.screenshot("tasklist-tmd-decision-form-fr");
        complete(browser, "Terminer");
        try {
          browser.waitForCondition(() -> taskService.createTaskQuery().taskId(decision.getId()).count() == 0);
        } finally {
          browser.screenshot("tasklist-tmd-decision-completed");
        }
      }
    } finally {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
      }
    }
    TmdMeeting meeting = approvalRecords.currentMeeting(key, ApprovalSubject.strategy);
    assertThat(meeting.getDecision()).isEqualTo(TmdMeeting.Decision.rejected);
    assertThat(meeting.getRemarks()).isEqualTo("La RTD demande de revoir les objectifs relatifs à la réduction des risques.");
  }

  /** The input of the form-js field whose label contains the text (labels point to their input with "for"). */
  private static WebElement fieldLabelled(Browser browser, String label) {
    WebElement found = browser.waitFor(By.xpath("//label[contains(., \"" + label + "\")]"));
    return browser.driver().findElement(By.id(found.getDomAttribute("for")));
  }

  private static List<WebElement> labelled(Browser browser, String label) {
    return browser.driver().findElements(By.xpath("//label[contains(., \"" + label + "\")]")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  private static WebElement checkbox(Browser browser, String label) {
    return browser.waitFor(By.xpath("//label[contains(., \"" + label + "\")]//input[@type='checkbox']"
        + " | //input[@type='checkbox'][@id=//label[contains(., \"" + label + "\")]/@for]"));
  }

  private static WebElement radio(Browser browser, String label) {
    return browser.driver().findElement(By.xpath("//label[contains(., \"" + label + "\")]//input[@type='radio']"
        + " | //input[@type='radio'][@id=//label[contains(., \"" + label + "\")]/@for]"));
  }

  /** Types the date as a user does, in the browser's own date format (the field's placeholder), then Enter. */
  private static void typeDate(Browser browser, String label, LocalDate date) {
    WebElement input = fieldLabelled(browser, label);
    String shown = (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "return new Intl.DateTimeFormat().format(new Date(arguments[0], arguments[1] - 1, arguments[2]));",
        date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    input.click();
    input.sendKeys(shown);
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
  }

  private static void complete(Browser browser, String label) {
    WebElement button = browser.driver().findElements(By.xpath("//button[normalize-space(.)='" + label + "']")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElseThrow();
    browser.waitForCondition(button::isEnabled);
    click(browser, button);
  }

  /**
   * Clicks as a user does: a real click moves the focus, and the blur is what makes form-js take a text just typed
   * (its text fields hand their value to the form only after a pause or on blur; a click that does not move the
   * focus lets the next re-render wipe the text). A notification over the element falls back to a script click,
   * after the same blur.
   */
  private static void click(Browser browser, WebElement element) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (ElementClickInterceptedException e) {
      js.executeScript("if (document.activeElement) { document.activeElement.blur(); } arguments[0].click();", element);
    }
  }
}
