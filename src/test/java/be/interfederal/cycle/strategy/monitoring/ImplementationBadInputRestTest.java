package be.interfederal.cycle.strategy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.actionplan.Action;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.mestrategy.Frequency;
import be.interfederal.cycle.strategy.mestrategy.Indicator;
import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input in the implementation half's forms, sent as Tasklist sends it (POST /engine-rest/task/{id}/complete):
 * 400 with the reasons in Dutch and French, nothing recorded, the task still open.
 */
@ApplicationTest
class ImplementationBadInputRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired CycleRegistry registry;
  @Autowired MeStrategyRecords strategies;
  @Autowired ActionPlanRecords plans;
  @Autowired MonitoringRecords monitoring;

  private ProcessInstance instance;

  @AfterEach
  void cleanUp() {
    if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
      runtime.deleteProcessInstance(instance.getId(), "test clean-up");
    }
  }

  @Test
  void actionsOutsideThePeriodWithANegativeBudgetOrAnUnknownObjectiveAreRefused() throws Exception {
    String key = cycle();
    instance = runtime.startProcessInstanceByKey("cndc-action-plan", key, phase(key));
    Task draft = task(key, "draftCndcActions");

    ResponseEntity<JsonNode> refused = complete(draft, Map.of("actions", List.of(
        CycleDriver.action("Havens beveiligen", List.of("3.1"), "2029-01-01", "2031-12-31", 1000),
        CycleDriver.action("Witwassen aanpakken", List.of("3.4"), "2030-01-01", "2031-12-31", -5),
        CycleDriver.action("Onbekend doel", List.of("9.9"), "2030-01-01", "2031-12-31", null))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("2030", "2033").contains("9.9").contains("budget").contains("Actie").contains("Action");
    assertStillOpen(draft);
    assertThat(plans.actions(key, ActionPlanKind.cndc)).isEmpty();
  }

  @Test
  void anIndicatorWithoutProviderIsRefused() throws Exception {
    String key = cycle();
    Map<String, Object> variables = new LinkedHashMap<>(phase(key));
    variables.put("approvalSubject", "meStrategy");
    instance = runtime.startProcessInstanceByKey("monitoring-evaluation-strategy", key, variables);
    Task draft = task(key, "draftMeStrategy");
    Map<String, Object> indicator = CycleDriver.indicator("Cannabisgebruik laatste jaar", "1.1", null, "7.6", 2023);

    ResponseEntity<JsonNode> refused = complete(draft, CycleDriver.meStrategy(List.of(indicator)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("de gegevensleverancier is verplicht")
        .contains("le fournisseur de données est obligatoire");
    assertStillOpen(draft);
    assertThat(strategies.indicators(key)).isEmpty();
  }

  @Test
  void aDelayedActionWithoutReasonAndAValueThatIsNotANumberAreRefused() throws Exception {
    String key = cycle();
    strategies.draft(key, List.of(new Indicator(new LocalizedText("Cannabisgebruik", "Usage de cannabis", null), "1.1",
        IndicatorKind.quantitative, "sciensano", "7.6", 2023, null, Frequency.yearly, true)), "04-01",
        LocalDate.of(2031, 6, 30), LocalDate.of(2032, 12, 31), "test");
    strategies.approve(key, LocalDate.of(2030, 3, 1));
    plans.propose(key, ActionPlanKind.cndc, "cndc", List.of(new Action(new LocalizedText("Havens beveiligen",
        "Sécuriser les ports", null), List.of("3.1"), "federal", "verlinden", null, LocalDate.of(2030, 1, 1),
        LocalDate.of(2031, 12, 31), BigDecimal.TEN, "repression", "illegalDrugs", null)), "test");
    Map<String, Object> variables = new LinkedHashMap<>(phase(key));
    variables.put("monitoringYear", 2031);
    instance = runtime.startProcessInstanceByKey("monitoring-round", key, variables);
    management.createJobQuery().processInstanceId(instance.getId()).list().forEach(j -> management.executeJob(j.getId()));

    Task progress = task(key, "reportActionProgress");
    JsonNode row = rows(progress, "actionProgress").get(0);
    ResponseEntity<JsonNode> delayed = complete(progress, Map.of("actionProgress", List.of(Map.of(
        "plan", row.get("plan").asText(), "position", row.get("position").asInt(), "status", "delayed"))));
    assertThat(delayed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(delayed.getBody().get("message").asText())
        .contains("Havens beveiligen: geef de reden waarom de actie vertraagd of geschrapt is")
        .contains("Sécuriser les ports : indiquez pourquoi l'action est retardée ou abandonnée");
    assertStillOpen(progress);

    Task values = task(key, "deliverIndicatorValues");
    JsonNode indicator = rows(values, "indicatorValues").get(0);
    ResponseEntity<JsonNode> text = complete(values, Map.of("indicatorValues", List.of(Map.of(
        "indicatorId", indicator.get("indicatorId").asLong(), "value", "<script>alert(1)</script>"))));
    assertThat(text.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(text.getBody().get("message").asText()).contains("is geen getal").contains("n'est pas un nombre");
    assertStillOpen(values);
    // Sciensano may not report in another provider's name by overwriting the task's group variable
    ResponseEntity<JsonNode> posing = complete(values, Map.of("reportingProvider", "vad", "indicatorValues", List.of(Map.of(
        "indicatorId", indicator.get("indicatorId").asLong(), "value", "7.1"))));
    assertThat(posing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(posing.getBody().get("message").asText()).contains("U antwoordt niet namens vad")
        .contains("Vous ne répondez pas au nom de vad");
    assertStillOpen(values);
    assertThat(monitoring.values(key, 2031)).isEmpty();
    assertThat(monitoring.progress(key, 2031)).isEmpty();
  }

  private String cycle() {
    String key = "bad" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, "Interfederale drugsstrategie 2030–2033", 2030, 2033, null);
    return key;
  }

  private static Map<String, Object> phase(String key) {
    return Map.of("cycleTitle", "Interfederale drugsstrategie 2030–2033", "phaseName", "test", "periodStart", 2030,
        "periodEnd", 2033);
  }

  private Task task(String key, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(definitionKey).singleResult();
  }

  private void assertStillOpen(Task task) {
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task %s still open", task.getTaskDefinitionKey())
        .isEqualTo(1);
  }

  private JsonNode rows(Task task, String variable) throws Exception {
    return JSON.readTree(JSON.writeValueAsString(((org.camunda.spin.json.SpinJsonNode) tasks.getVariable(task.getId(), variable))
        .mapTo(List.class)));
  }

  /** Completes the task as a member of its candidate group, as Tasklist does: lists as Json variables. */
  private ResponseEntity<JsonNode> complete(Task task, Map<String, Object> form) throws Exception {
    String group = tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .findFirst().orElseThrow().getGroupId();
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : form.entrySet()) {
      Object value = field.getValue();
      variables.put(field.getKey(), value instanceof List<?> || value instanceof Map<?, ?>
          ? Map.of("type", "Json", "value", JSON.writeValueAsString(value)) : Map.of("value", value));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(TestUsers.memberOf(identity, group), TestUsers.DEMO_PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete",
        new HttpEntity<>(JSON.writeValueAsString(Map.of("variables", variables)), headers), JsonNode.class);
  }
}
