package be.interfederal.cycle.platform.setup;

import static be.interfederal.cycle.support.TestUsers.DEMO_PASSWORD;
import static be.interfederal.cycle.support.TestUsers.as;
import static be.interfederal.cycle.support.TestUsers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.ConsultationFixture;
import be.interfederal.cycle.support.CycleDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A cabinet sees and works only the tasks of its own groups, through the Java API and through /engine-rest;
 * coordinators read everything and change nothing; without credentials the REST API answers 401.
 */
@ApplicationTest
class TaskAccessTest {

  private static final String CABINET_A = "cabinetVandenbroucke";
  private static final String CABINET_B = "cabinetDeWever";
  /** All six objectives agreed, as Tasklist submits the consultation form's dynamic list. */
  static final String POSITIONS = "[" + java.util.stream.IntStream.rangeClosed(1, 6)
      .mapToObj(n -> "{\"objectiveNumber\":" + n + ",\"position\":\"agree\",\"remarks\":null}")
      .collect(java.util.stream.Collectors.joining(",")) + "]";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired TestRestTemplate rest;
  @Autowired CycleRegistry registry;
  @Autowired DraftingRecords draftingRecords;
  @Autowired ManagementService managementService;

  private ProcessInstance forA;
  private ProcessInstance forB;
  private String userA;

  @BeforeEach
  void twoTasksForTwoCabinets() {
    ConsultationFixture round = new ConsultationFixture(registry, draftingRecords, runtimeService, "Test cycle");
    forA = round.ask(CABINET_A);
    forB = round.ask(CABINET_B);
    userA = memberOf(identityService, CABINET_A);
  }

  @AfterEach
  void cleanUp() {
    for (ProcessInstance instance : List.of(forA, forB)) {
      if (runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        runtimeService.deleteProcessInstance(instance.getId(), "test clean-up");
      }
    }
  }

  @Test
  void aCabinetMemberSeesAndCompletesOnlyTheirOwnCabinetsTaskThroughTheJavaApi() {
    Task taskB = taskOf(forB);

    List<Task> visible = as(identityService, userA, () -> taskService.createTaskQuery().list());

    assertThat(visible).extracting(Task::getProcessInstanceId).contains(forA.getId()).doesNotContain(forB.getId());
    assertThatThrownBy(() -> as(identityService, userA, () -> {
      taskService.complete(taskB.getId(), CycleDriver.positions("agree", null, 6));
      return null;
    })).isInstanceOf(AuthorizationException.class);
    assertThat(taskService.createTaskQuery().taskId(taskB.getId()).count()).isEqualTo(1);

    as(identityService, userA, () -> {
      taskService.complete(taskOf(forA).getId(), CycleDriver.positions("agree", null, 6));
      return null;
    });
    // the position is in; the round goes on in a job of its own (asyncAfter: concurrent answers never collide)
    assertThat(taskService.createTaskQuery().processInstanceId(forA.getId()).count()).isZero();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(forA.getId()).singleResult().getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(forA.getId()).count()).isZero();
  }

  @Test
  void aCabinetMemberSeesAndCompletesOnlyTheirOwnCabinetsTaskThroughTheRestApi() {
    String taskA = taskOf(forA).getId();
    String taskB = taskOf(forB).getId();

    ResponseEntity<JsonNode> list = rest.withBasicAuth(userA, DEMO_PASSWORD).getForEntity("/engine-rest/task", JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ids = list.getBody().findValuesAsText("id");
    assertThat(ids).contains(taskA).doesNotContain(taskB);

    assertThat(rest.withBasicAuth(userA, DEMO_PASSWORD).getForEntity("/engine-rest/task/" + taskB, String.class)
        .getStatusCode().is4xxClientError()).isTrue();
    ResponseEntity<String> completeB = complete(userA, taskB);
    assertThat(completeB.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(taskB).count()).isEqualTo(1);

    ResponseEntity<String> completeA = complete(userA, taskA);
    assertThat(completeA.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(taskService.createTaskQuery().taskId(taskA).count()).isZero();
  }

  @Test
  void anObjectionWithoutReasonsIsRefusedWith400AndTheTaskStaysOpen() {
    String taskA = taskOf(forA).getId();
    String objection = POSITIONS.replaceFirst("\"agree\"", "\"objection\"");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"variables\":{\"positions\":{\"type\":\"Json\",\"value\":\"" + objection.replace("\"", "\\\"") + "\"}}}";

    ResponseEntity<JsonNode> refused = rest.withBasicAuth(userA, DEMO_PASSWORD)
        .postForEntity("/engine-rest/task/" + taskA + "/complete", new HttpEntity<>(body, headers), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("Een bezwaar over doelstelling 1 vraagt een motivering")
        .contains("Une objection sur l'objectif 1 doit être motivé(e)");
    assertThat(taskService.createTaskQuery().taskId(taskA).count()).isEqualTo(1);

    ResponseEntity<JsonNode> empty = rest.withBasicAuth(userA, DEMO_PASSWORD).postForEntity("/engine-rest/task/" + taskA
        + "/complete", new HttpEntity<>("{\"variables\":{}}", headers), JsonNode.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().get("message").asText()).contains("Geef een standpunt voor doelstelling 1 / Donnez une position pour l'objectif 1");
    assertThat(taskService.createTaskQuery().taskId(taskA).count()).isEqualTo(1);
  }

  @Test
  void theDeputyChairStandsInForTheChairWhenAPositionIsOverdue() {
    String overdue = managementService.createJobQuery().processInstanceId(forA.getId()).activityId("positionOverdue")
        .singleResult().getId();
    managementService.executeJob(overdue);
    String chair = memberOf(identityService, "gdpcChair");
    String deputy = memberOf(identityService, "gdpcDeputyChair");

    List<Task> seenByChair = as(identityService, chair, () -> taskService.createTaskQuery()
        .processInstanceId(forA.getId()).taskDefinitionKey("followUpOverduePosition").list());
    List<Task> seenByDeputy = as(identityService, deputy, () -> taskService.createTaskQuery()
        .processInstanceId(forA.getId()).taskDefinitionKey("followUpOverduePosition").list());

    assertThat(seenByChair).hasSize(1);
    assertThat(seenByDeputy).extracting(Task::getId).isEqualTo(seenByChair.stream().map(Task::getId).toList());
    as(identityService, deputy, () -> {
      taskService.complete(seenByDeputy.get(0).getId(), Map.of("followUpNote", "Kabinet telefonisch herinnerd."));
      return null;
    });
    assertThat(taskService.createTaskQuery().processInstanceId(forA.getId()).taskDefinitionKey("followUpOverduePosition")
        .count()).isZero();
  }

  @Test
  void withoutCredentialsTheRestApiAnswers401() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Another user than userA: after a wrong password Camunda delays that user's next login (brute-force guard).
    String other = memberOf(identityService, "cabinetJambon");
    assertThat(rest.withBasicAuth(other, "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(complete(null, taskOf(forA).getId()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void coordinatorsReadEveryCycleButCannotWorkItsTasks() {
    String coordinator = memberOf(identityService, "coordinators");

    List<Task> visible = as(identityService, coordinator, () -> taskService.createTaskQuery().list());
    long instances = as(identityService, coordinator, () -> runtimeService.createProcessInstanceQuery().count());

    assertThat(visible).extracting(Task::getProcessInstanceId).contains(forA.getId(), forB.getId());
    assertThat(instances).isGreaterThanOrEqualTo(2);
    assertThat(complete(coordinator, taskOf(forA).getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> cockpitQuery = rest.withBasicAuth(coordinator, DEMO_PASSWORD)
        .getForEntity("/engine-rest/process-instance?processDefinitionKey=consultation-position", JsonNode.class);
    assertThat(cockpitQuery.getBody().findValuesAsText("id")).contains(forA.getId(), forB.getId());
  }

  @Test
  void onlyAdministratorsDeploy() {
    String coordinator = memberOf(identityService, "coordinators");

    for (String user : List.of(userA, coordinator)) {
      ResponseEntity<JsonNode> refused = deploy(user, DEMO_PASSWORD);
      assertThat(refused.getStatusCode()).as("deployment by %s: %s %s", user, refused.getHeaders(), refused.getBody())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<JsonNode> allowed = deploy("admin", "admin");
    assertThat(allowed.getStatusCode()).isEqualTo(HttpStatus.OK);
    rest.withBasicAuth("admin", "admin").exchange("/engine-rest/deployment/" + allowed.getBody().get("id").asText()
        + "?cascade=true", HttpMethod.DELETE, null, String.class);
  }

  private ResponseEntity<JsonNode> deploy(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user, password);
    var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "attempt");
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentDispositionFormData("data", "attempt.bpmn");
    fileHeaders.setContentType(MediaType.APPLICATION_XML);
    body.add("data", new HttpEntity<>(minimalProcess().getBytes(java.nio.charset.StandardCharsets.UTF_8), fileHeaders));
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  @Test
  void everyGroupReadsItsFiltersAndOnlyCoordinatorsTheAllTasksFilter() {
    String coordinator = memberOf(identityService, "coordinators");

    List<String> cabinetFilters = as(identityService, userA,
        () -> filterService.createFilterQuery().list().stream().map(Filter::getName).toList());
    List<String> coordinatorFilters = as(identityService, coordinator,
        () -> filterService.createFilterQuery().list().stream().map(Filter::getName).toList());

    assertThat(cabinetFilters).containsExactlyInAnyOrder("Mijn taken / Mes tâches",
        "Taken van mijn groep / Tâches de mon groupe", "Over tijd / En retard");
    assertThat(coordinatorFilters).contains("Alle cyclustaken / Toutes les tâches du cycle");
    Long groupTasks = as(identityService, userA, () -> filterService.count(filterService.createFilterQuery()
        .filterName("Taken van mijn groep / Tâches de mon groupe").singleResult().getId()));
    assertThat(groupTasks).isGreaterThanOrEqualTo(1);
  }

  private ResponseEntity<String> complete(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> request = new HttpEntity<>(
        "{\"variables\":{\"positions\":{\"type\":\"Json\",\"value\":\"" + POSITIONS.replace("\"", "\\\"") + "\"}}}", headers);
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, DEMO_PASSWORD);
    return client.postForEntity("/engine-rest/task/" + taskId + "/complete", request, String.class);
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static String minimalProcess() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
          <process id="attempt" name="Attempt" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="s" name="Start"/><sequenceFlow id="f" sourceRef="s" targetRef="e"/><endEvent id="e" name="End"/>
          </process>
        </definitions>
        """;
  }
}
