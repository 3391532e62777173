package be.interfederal.cycle.strategy;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.strategy.drafting.ObjectiveDraft;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cycle that is drafting on an earlier version of a phase model goes on after the revised model is deployed:
 * the first version of gdpc-drafting (its form had only vision and mission) still completes, and what its form
 * cannot submit (scope, English texts, objectives) is kept.
 */
@ApplicationTest
class ModelRevisionTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CycleRegistry registry;
  @Autowired Cycles cycles;
  @Autowired DraftingRecords draftingRecords;

  @Test
  void aDraftTaskOfTheFirstDraftingModelIsCompletedAndKeepsWhatItsFormDoesNotHave() {
    String key = "revision" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, CycleDriver.TITLE, 2030, 2033, null);
    LocalizedText scope = cycles.cycle(key).getScope();
    LocalizedText vision = cycles.cycle(key).getVision();
    List<ObjectiveDraft.Objective> objectives = draftingRecords.objectives(key);
    Deployment earlier = repository.createDeployment().name("gdpc-drafting version 1 (test)")
        .addClasspathResource("earlier-models/gdpc-drafting-1.bpmn").addClasspathResource("earlier-models/strategy-draft.form")
        .deploy();
    try {
      ProcessDefinition first = repository.createProcessDefinitionQuery().deploymentId(earlier.getId()).singleResult();
      assertThat(first.getVersionTag()).isEqualTo("1");
      ProcessInstance instance = runtime.startProcessInstanceById(first.getId(), key, Map.of("cycleTitle", CycleDriver.TITLE,
          "phaseName", "4. Opmaak ACD / Rédaction CGPD", "periodStart", 2030, "periodEnd", 2033));
      CycleDriver cycle = new CycleDriver(runtime, tasks, management, identity, key);
      cycle.runJobs();
      Task draft = cycle.single("draftStrategy");
      assertThat(draft.getProcessDefinitionId()).isEqualTo(first.getId());
      assertThat(tasks.getVariables(draft.getId())).doesNotContainKeys("objectives", "scopeNl", "visionEn");

      cycle.complete(draft, CycleDriver.draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));

      assertThat(cycles.cycle(key).getVision().getNl()).isEqualTo(CycleDriver.draft(LocalDate.now()).get("visionNl"));
      assertThat(cycles.cycle(key).getVision().getEn()).isEqualTo(vision.getEn()).isNotBlank();
      assertThat(cycles.cycle(key).getScope()).isEqualTo(scope);
      assertThat(draftingRecords.objectives(key)).isEqualTo(objectives);
      assertThat(draftingRecords.round(key, ApprovalSubject.strategy, 1).getConsultationDue()).isNotNull();
      assertThat(cycle.open("givePosition")).hasSize(52);
      runtime.deleteProcessInstance(instance.getId(), "test clean-up");
    } finally {
      repository.deleteDeployment(earlier.getId(), true);
    }
  }
}
