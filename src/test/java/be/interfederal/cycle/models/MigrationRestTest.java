package be.interfederal.cycle.models;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.models.audit.MigrationRecordRepository;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.StrategyAutopilot;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Cycles running for years move onto revised models: three cycles parked at the situation analysis, in a consultation
 * round with some positions given and at the TMD's approval with some ministers' positions recorded are migrated
 * (policy-cycle itself and the phase they are in) and walked on to the approved strategy; a revision that drops an
 * active task, or needs a variable the cycle does not have, is refused with the report and changes nothing.
 */
@ApplicationTest
class MigrationRestTest {

  private static final String[] REVISED = {"policy-cycle", "situation-analysis", "gdpc-drafting", "consultation-position", "tmd-approval"};
  private static final String POSITION = "Standpunt geven over het ontwerp / Donner sa position sur le projet";
  private static final String POSITION_REVISED = "Standpunt geven over het ontwerp van strategie / Donner sa position sur le projet de stratégie";
  private static final String MINISTER = "Standpunt van de minister registreren / Enregistrer la position du ministre";
  private static final String MINISTER_REVISED = "Standpunt van de minister op de TVD registreren / Enregistrer la position du ministre à la RTD";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired Cycles cycles;
  @Autowired MigrationRecordRepository migrations;
  @Autowired HistoryService history;

  private AdminRest admin;

  @BeforeEach
  void client() {
    admin = new AdminRest(rest);
  }

  @Test
  void cyclesParkedInThreePlacesMoveOntoTheRevisedModelsAndGoOnToTheApprovedStrategy() {
    CycleDriver analysis = cycle("park-analysis");
    StrategyAutopilot.until(analysis, "deliverContribution");
    StrategyAutopilot.answer(analysis, "deliverContribution", 1);
    CycleDriver consultation = cycle("park-consultation");
    StrategyAutopilot.until(consultation, "givePosition");
    StrategyAutopilot.answer(consultation, "givePosition", 10);
    CycleDriver approval = cycle("park-approval");
    StrategyAutopilot.until(approval, "recordMinisterPosition");
    StrategyAutopilot.answer(approval, "recordMinisterPosition", 5);

    Map<String, String> files = new LinkedHashMap<>();
    for (String key : REVISED) {
      files.put(key + ".bpmn", AdminRest.model("bpmn/" + key + ".bpmn").replaceFirst("camunda:versionTag=\"(\\d+)\"", "camunda:versionTag=\"$1-2027\"")
          .replace(POSITION, POSITION_REVISED).replace(MINISTER, MINISTER_REVISED));
    }
    ResponseEntity<JsonNode> deployed = admin.modelerDeploy("admin", "admin", "revision 2027", files);
    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = deployed.getBody().get("id").asText();
    try {
      Map<String, Integer> found = new LinkedHashMap<>();
      for (CycleDriver cycle : List.of(analysis, consultation, approval)) {
        for (String key : REVISED) {
          JsonNode check = migrate(key, cycle.businessKey(), true);
          assertThat(check.get("cannotMove")).as(key + " of " + cycle.businessKey()).isEmpty();
          if (check.get("instancesFound").asInt() == 0) {
            continue;
          }
          found.put(cycle.businessKey() + "/" + key, check.get("instancesFound").asInt());
          assertThat(check.get("moved")).isEmpty();
          assertThat(definitionsOf(cycle, key)).as("a dry run moves nothing").noneMatch(d -> d.getDeploymentId().equals(deploymentId));

          JsonNode run = migrate(key, cycle.businessKey(), false);
          assertThat(run.get("moved")).hasSize(check.get("canMove").size());
          assertThat(run.get("batchId").asText()).isNotBlank();
          cycle.runJobs();
          assertThat(definitionsOf(cycle, key)).as(key + " of " + cycle.businessKey()).isNotEmpty()
              .allMatch(d -> d.getDeploymentId().equals(deploymentId));
        }
      }
      assertThat(found).containsEntry(analysis.businessKey() + "/situation-analysis", 1)
          .containsEntry(consultation.businessKey() + "/gdpc-drafting", 1)
          .containsEntry(consultation.businessKey() + "/consultation-position", 42)
          .containsEntry(approval.businessKey() + "/tmd-approval", 1)
          .containsEntry(approval.businessKey() + "/policy-cycle", 1);
      // what was given before the migration is still there; the open tasks now belong to the revised models (they
      // keep the name they were created with: the engine migrates tasks, it does not rename them)
      assertThat(consultation.open("givePosition")).hasSize(42).allMatch(t -> onRevision(t.getProcessDefinitionId(), deploymentId));
      assertThat(approval.open("recordMinisterPosition")).hasSize(21).allMatch(t -> onRevision(t.getProcessDefinitionId(), deploymentId));
      assertThat(analysis.open("deliverContribution")).hasSize(2).allMatch(t -> onRevision(t.getProcessDefinitionId(), deploymentId));
      assertThat(migrations.findAllByOrderByIdDesc()).anySatisfy(m -> {
        assertThat(m.getProcessDefinitionKey()).isEqualTo("consultation-position");
        assertThat(m.getInstances()).hasSize(42).allMatch(i -> i.businessKey().equals(consultation.businessKey()));
        assertThat(m.getRecorded().getRecordedBy()).isEqualTo("admin");
      });
      assertThat(admin.get("admin", "admin", "/api/admin/migrations").getBody()).isNotEmpty();

      for (CycleDriver cycle : List.of(analysis, consultation, approval)) {
        assertThat(StrategyAutopilot.toApprovedStrategy(cycle)).isPositive();
        assertThat(cycles.cycle(cycle.businessKey()).getStatus()).as(cycle.businessKey()).isEqualTo(Cycle.Status.APPROVED);
      }
      assertThat(runtime.createIncidentQuery().count()).isZero();
      // tasks created after the migration are the revised model's
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(analysis.businessKey())
          .taskDefinitionKey("givePosition").list()).hasSize(52).allMatch(t -> t.getName().equals(POSITION_REVISED));
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(consultation.businessKey())
          .taskDefinitionKey("recordMinisterPosition").list()).hasSize(26).allMatch(t -> t.getName().equals(MINISTER_REVISED));
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aRevisionThatDropsAnActiveTaskOrNeedsANewVariableIsRefusedWithTheReportAndChangesNothing() {
    CycleDriver cycle = cycle("park-refused");
    StrategyAutopilot.until(cycle, "consolidateAnalysis");
    ProcessInstance parked = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey())
        .processDefinitionKey("situation-analysis").singleResult();
    String situation = AdminRest.model("bpmn/situation-analysis.bpmn");
    long runs = migrations.count();

    String renamed = situation.replace("=\"consolidateAnalysis\"", "=\"consolidateSituation\"");
    String withNewVariable = situation.replace("camunda:dueDate=\"${dueDates.from('validateAnalysis')}\"",
        "camunda:dueDate=\"${validationDeadline}\"");
    assertThat(withNewVariable).isNotEqualTo(situation);
    for (String[] revision : List.of(
        new String[] {renamed, "actieve activiteit \"consolidateAnalysis\" bestaat niet meer in versie", "l'activité active « consolidateAnalysis » n'existe plus"},
        new String[] {withNewVariable, "de nieuwe versie heeft variabele \"validationDeadline\" nodig", "la nouvelle version a besoin de la variable « validationDeadline »"})) {
      ResponseEntity<JsonNode> deployed = admin.modelerDeploy("admin", "admin", "situation-analysis", Map.of("situation-analysis.bpmn", revision[0]));
      assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
      try {
        JsonNode check = migrate("situation-analysis", cycle.businessKey(), true);
        assertThat(check.get("canMove")).isEmpty();
        assertThat(check.get("cannotMove")).singleElement().satisfies(instance -> {
          assertThat(instance.get("processInstanceId").asText()).isEqualTo(parked.getId());
          assertThat(instance.get("businessKey").asText()).isEqualTo(cycle.businessKey());
          assertThat(instance.get("activities").toString()).contains("consolidateAnalysis");
          assertThat(instance.get("reasons").get(0).get("nl").asText()).contains(revision[1]);
          assertThat(instance.get("reasons").get(0).get("fr").asText()).contains(revision[2]);
        });

        ResponseEntity<JsonNode> run = admin.post("admin", "admin", "/api/admin/migrations", request("situation-analysis", cycle.businessKey(), false));
        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(run.getBody().get("cannotMove")).hasSize(1);
        assertThat(run.getBody().get("moved")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(parked.getId()).singleResult().getProcessDefinitionId())
            .isEqualTo(parked.getProcessDefinitionId());
        assertThat(management.createBatchQuery().count()).isZero();
        assertThat(migrations.count()).isEqualTo(runs);
      } finally {
        repository.deleteDeployment(deployed.getBody().get("id").asText(), true);
      }
    }
    // the cycle goes on, on the version it started with
    StrategyAutopilot.answer(cycle, "consolidateAnalysis", 1);
    assertThat(cycle.open("validateAnalysis")).hasSize(1);
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey())
        .processDefinitionKey("policy-cycle").singleResult().getId(), "test clean-up");
  }

  @Test
  void onlyAdministratorsMigrateAndAnUnknownProcessOrVersionIsNotFound() {
    String member = TestUsers.memberOf(identity, "gdpcSecretariat");
    assertThat(admin.post(member, TestUsers.DEMO_PASSWORD, "/api/admin/migrations", request("policy-cycle", null, true))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin.get(member, TestUsers.DEMO_PASSWORD, "/api/admin/models").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin.get(member, TestUsers.DEMO_PASSWORD, "/api/admin/deployments").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> unknown = admin.post("admin", "admin", "/api/admin/migrations", request("no-such-process", null, true));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().get("nl").asText()).isEqualTo("Proces \"no-such-process\" bestaat niet");
    assertThat(unknown.getBody().get("fr").asText()).isEqualTo("Le processus « no-such-process » n'existe pas");
    Map<String, Object> noVersion = new LinkedHashMap<>(request("policy-cycle", null, true));
    noVersion.put("toVersion", 999);
    assertThat(admin.post("admin", "admin", "/api/admin/migrations", noVersion).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(admin.post("admin", "admin", "/api/admin/migrations", Map.of("dryRun", true)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin.post("admin", "admin", "/api/admin/migrations", "{\"processDefinitionKey\": ").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    JsonNode models = admin.get("admin", "admin", "/api/admin/models").getBody();
    List<String> keys = new ArrayList<>();
    models.forEach(m -> keys.add(m.get("key").asText()));
    assertThat(keys).contains(REVISED);
    assertThat(models.findValues("runningInstances")).isNotEmpty();
  }

  private CycleDriver cycle(String prefix) {
    CycleDriver cycle = new CycleDriver(runtime, tasks, management, identity, prefix.replace("-", "") + UUID.randomUUID().toString().substring(0, 6));
    cycle.start(2030, 2033, null);
    return cycle;
  }

  private JsonNode migrate(String key, String businessKey, boolean dryRun) {
    ResponseEntity<JsonNode> response = admin.post("admin", "admin", "/api/admin/migrations", request(key, businessKey, dryRun));
    assertThat(response.getStatusCode()).as(key + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Map<String, Object> request(String key, String businessKey, boolean dryRun) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("processDefinitionKey", key);
    request.put("dryRun", dryRun);
    if (businessKey != null) {
      request.put("businessKey", businessKey);
    }
    return request;
  }

  private boolean onRevision(String processDefinitionId, String deploymentId) {
    return repository.getProcessDefinition(processDefinitionId).getDeploymentId().equals(deploymentId);
  }

  private List<ProcessDefinition> definitionsOf(CycleDriver cycle, String key) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey()).processDefinitionKey(key).list()
        .stream().map(i -> repository.getProcessDefinition(i.getProcessDefinitionId())).toList();
  }
}
