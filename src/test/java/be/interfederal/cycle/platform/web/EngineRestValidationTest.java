package be.interfederal.cycle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A cycle started through the engine REST API with bad input is refused with 400 and a message; nothing starts. */
@ApplicationTest
class EngineRestValidationTest {

  private static final String START = "/engine-rest/process-definition/key/policy-cycle/start";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired Cycles cycles;

  @Test
  void aStartWithAnEmptyTitleAndAPeriodBackwardsIsRefusedWith400AndTheReasons() {
    ResponseEntity<JsonNode> refused = start("badstart1",
        "{\"title\":{\"value\":\"\",\"type\":\"String\"},\"periodStart\":{\"value\":2035,\"type\":\"Integer\"},"
            + "\"periodEnd\":{\"value\":2031,\"type\":\"Integer\"}}");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("De titel is verplicht / Le titre est obligatoire")
        .contains("De periode 2035–2031 is ongeldig");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("badstart1").count()).isZero();
    assertThat(cycles.exists("badstart1")).isFalse();
  }

  @Test
  void aStartWithoutTheRequiredVariablesNamesThem() {
    ResponseEntity<JsonNode> refused = start("badstart2", "{}");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("De titel is verplicht");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("badstart2").count()).isZero();
  }

  @Test
  void onlyAdministratorsMayStartElsewhereOrSkipTheStartsChecks() {
    String valid = "{\"title\":{\"value\":\"Interfederale drugsstrategie 2040–2043\",\"type\":\"String\"},"
        + "\"periodStart\":{\"value\":2040,\"type\":\"Integer\"},\"periodEnd\":{\"value\":2043,\"type\":\"Integer\"}}";
    String secretariat = TestUsers.memberOf(identity, "gdpcSecretariat");
    for (String skip : List.of("\"skipCustomListeners\":true", "\"skipIoMappings\":true",
        "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"startNextCycle\"}]")) {
      ResponseEntity<JsonNode> refused = rest.withBasicAuth(secretariat, TestUsers.DEMO_PASSWORD).postForEntity(START,
          json("{\"businessKey\":\"badstart3\",\"variables\":" + valid + "," + skip + "}"), JsonNode.class);
      assertThat(refused.getStatusCode()).as(skip).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("message").asText()).contains("Alleen beheerders", "Seuls les administrateurs");
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("badstart3").count()).isZero();
    // "false" asks for nothing: an ordinary start still goes through the start's checks (here: it is refused by them)
    ResponseEntity<JsonNode> plain = rest.withBasicAuth(secretariat, TestUsers.DEMO_PASSWORD).postForEntity(START,
        json("{\"businessKey\":\"badstart4\",\"variables\":{},\"skipCustomListeners\":false}"), JsonNode.class);
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void otherEngineErrorsKeepTheirOwnStatus() {
    ResponseEntity<JsonNode> unknown = rest.withBasicAuth(TestUsers.memberOf(identity, "gdpcSecretariat"), TestUsers.DEMO_PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/no-such-process/start", json("{}"), JsonNode.class);

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<JsonNode> start(String businessKey, String variables) {
    String secretariat = TestUsers.memberOf(identity, "gdpcSecretariat");
    return rest.withBasicAuth(secretariat, TestUsers.DEMO_PASSWORD).postForEntity(START,
        json("{\"businessKey\":\"" + businessKey + "\",\"variables\":" + variables + "}"), JsonNode.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
