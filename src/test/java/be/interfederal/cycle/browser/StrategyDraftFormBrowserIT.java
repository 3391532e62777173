package be.interfederal.cycle.browser;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.advisory.AdvisoryRecords;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.strategy.drafting.ObjectiveDraft;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationPosition;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleRepository;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.directory.LocalizedText;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The GDPC secretariat drafts round 2 of the strategy in Tasklist, in French: it reads the advisory panel's
 * recommendation and the objection of round 1, rewrites the French title of strategic objective 2 and adds a specific objective to it, in three languages.
 */
@ApplicationTest
class StrategyDraftFormBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired CycleRegistry registry;
  @Autowired AdvisoryRecords advisoryRecords;
  @Autowired ConsultationRecords consultationRecords;
  @Autowired Cycles cycles;
  @Autowired DraftingRecords draftingRecords;
  @Autowired DirectoryGroupRepository groups;
  @Autowired CycleRepository cycleRepository;
  @Autowired TransactionTemplate transactions;

  @Test
  void theSecretariatRewritesAnObjectiveAndAddsASpecificObjectiveThroughTheTasklistForm() {
    String key = "draft" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    advisoryRecords.recommendation(key, 2, "Versterk de herstelgerichte zorg.", "Renforcer les soins orientés vers le rétablissement.", "panel");
    // a first round with one objection on objective 2: the draft of round 2 shows it
    String objecting = groups.findByRole(GroupRole.CABINET).get(0).getId();
    draftingRecords.openRound(key, ApprovalSubject.strategy, null);
    consultationRecords.positions(key, ApprovalSubject.strategy, 1, objecting, List.of(new ConsultationPosition(draftingRecords.round(key, ApprovalSubject.strategy, 1).getId(), objecting, 2,
        ConsultationPosition.Answer.objection, "Noem de ervaringsdeskundigen uitdrukkelijk.", "cabinet")));
    consultationRecords.closeConsultation(key, ApprovalSubject.strategy, 1);
    // the scope has no English yet: the form must still take an English text for it
    LocalizedText scope = cycles.cycle(key).getScope();
    transactions.executeWithoutResult(status -> {
      Cycle cycle = cycleRepository.findById(key).orElseThrow();
      cycle.redraft(cycle.getVision(), cycle.getMission(), new LocalizedText(scope.getNl(), scope.getFr(), null));
    });
    var instance = runtimeService.startProcessInstanceByKey("gdpc-drafting", key, Map.of(
        "cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "4. Opmaak ACD / Rédaction CGPD",
        "periodStart", 2030, "periodEnd", 2033));
    for (Job job : managementService.createJobQuery().processInstanceId(instance.getId()).list()) {
      managementService.executeJob(job.getId());
    }
    List<ObjectiveDraft.Objective> before = draftingRecords.objectives(key);
    int specificsOfTwo = before.get(1).specifics().size();
    LocalizedText vision = cycles.cycle(key).getVision();
    assertThat(vision.getEn()).isNotBlank();
    String member = TestUsers.memberOf(identityService, "gdpcSecretariat");
    try (Browser browser = new Browser(port, "fr")) {
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      browser.claimGroupTask(member, TestUsers.DEMO_PASSWORD, "Rédiger le projet de stratégie");

      WebElement titleFr = browser.waitFor(By.name("objective2TitleFr"));
      browser.waitForText("Renforcer les soins orientés vers le rétablissement.");
      browser.waitForText("Noem de ervaringsdeskundigen uitdrukkelijk.");
      js.executeScript("arguments[0].scrollIntoView({block: 'center'});", titleFr);
      browser.screenshot("tasklist-strategy-draft-round2-fr");
      titleFr.clear();
      titleFr.sendKeys("Offrir des soins intégrés, multidisciplinaires et orientés vers le rétablissement");
      js.executeScript("arguments[0].click();", browser.driver().findElement(By.name("showEnglish")));
      browser.waitFor(By.name("scopeEn")).sendKeys("Illegal drugs, alcohol, tobacco, psychoactive medication and gambling.");
      browser.driver().findElement(By.name("changesSummary")).sendKeys("Objectief 2 herschreven na het bezwaar.");
      js.executeScript("arguments[0].click();", browser.driver().findElement(By.name("addSpecific2")));
      String row = "specific2_" + specificsOfTwo;
      browser.waitFor(By.name(row + "Nl")).sendKeys("Herstelondersteuning door ervaringsdeskundigen uitbreiden");
      browser.driver().findElement(By.name(row + "Fr")).sendKeys("Étendre le soutien au rétablissement par les pairs aidants");
      browser.driver().findElement(By.name(row + "En")).sendKeys("Expand peer support for recovery");
      js.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(By.name(row + "Fr")));
      browser.screenshot("tasklist-strategy-draft-form-fr");

      WebElement complete = browser.driver().findElements(By.xpath("//button[normalize-space(.)='Terminer' or normalize-space(.)='Complete']"))
          .stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
      browser.waitForCondition(complete::isEnabled);
      js.executeScript("arguments[0].click();", complete);
      try {
        browser.waitForCondition(() -> draftingRecords.objectives(key).get(1).specifics().size() == specificsOfTwo + 1);
      } finally {
        browser.screenshot("tasklist-strategy-draft-completed");
      }
    } finally {
      runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    List<ObjectiveDraft.Objective> after = draftingRecords.objectives(key);
    assertThat(after.get(1).title().getFr()).isEqualTo("Offrir des soins intégrés, multidisciplinaires et orientés vers le rétablissement");
    assertThat(after.get(1).title().getNl()).isEqualTo(before.get(1).title().getNl());
    assertThat(after.get(1).specifics().get(specificsOfTwo)).isEqualTo(new LocalizedText(
        "Herstelondersteuning door ervaringsdeskundigen uitbreiden", "Étendre le soutien au rétablissement par les pairs aidants",
        "Expand peer support for recovery"));
    assertThat(cycles.cycle(key).getScope()).isEqualTo(new LocalizedText(scope.getNl(), scope.getFr(),
        "Illegal drugs, alcohol, tobacco, psychoactive medication and gambling."));
    assertThat(draftingRecords.round(key, ApprovalSubject.strategy, 2).getChangesSummary()).isEqualTo("Objectief 2 herschreven na het bezwaar.");
    // everything the user did not touch is kept as it was, English included
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(cycles.cycle(key).getVision()).isEqualTo(vision);
    assertThat(draftingRecords.round(key, ApprovalSubject.strategy, 2).getConsultationDue()).isNotNull();
  }
}
