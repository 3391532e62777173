package be.interfederal.cycle.strategy.start;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A cycle started through the engine REST API with a title or business key longer than the cycle table holds is
 * refused with 400 before anything starts (the cycle is registered later by a job, where it would fail unseen).
 */
@ApplicationTest
class CycleStartLongTextRestTest {

  private static final String START = "/engine-rest/process-definition/key/policy-cycle/start";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Cycles cycles;

  @Test
  void aTitleLongerThanTheColumnIsRefusedAndOneAtItsLengthIsRegistered() throws Exception {
    ResponseEntity<JsonNode> refused = start("longtitle1", "T".repeat(100_000));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("De titel: hoogstens " + Cycle.TITLE_LENGTH + " tekens")
        .contains("Le titre : au plus " + Cycle.TITLE_LENGTH + " caractères");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("longtitle1").count()).isZero();

    String title = "T".repeat(Cycle.TITLE_LENGTH);
    ResponseEntity<JsonNode> accepted = start("longtitle2", title);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = accepted.getBody().get("id").asText();
    management.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    assertThat(cycles.cycle("longtitle2").getTitle()).isEqualTo(title);
    runtime.deleteProcessInstance(instance, "test clean-up");
  }

  @Test
  void aBusinessKeyLongerThanTheColumnIsRefused() throws Exception {
    String key = "k".repeat(Cycle.KEY_LENGTH + 1);
    ResponseEntity<JsonNode> refused = start(key, "Interfederale drugsstrategie 2040–2043");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("De business key: hoogstens " + Cycle.KEY_LENGTH + " tekens")
        .contains("La business key : au plus " + Cycle.KEY_LENGTH + " caractères");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    assertThat(cycles.exists(key)).isFalse();
  }

  private ResponseEntity<JsonNode> start(String businessKey, String title) throws Exception {
    Map<String, Object> body = Map.of("businessKey", businessKey, "variables", Map.of(
        "title", Map.of("value", title, "type", "String"),
        "periodStart", Map.of("value", 2040, "type", "Integer"),
        "periodEnd", Map.of("value", 2043, "type", "Integer")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(TestUsers.memberOf(identity, "gdpcSecretariat"), TestUsers.DEMO_PASSWORD)
        .postForEntity(START, new HttpEntity<>(JSON.writeValueAsString(body), headers), JsonNode.class);
  }
}
