package be.interfederal.cycle.platform.setup;

import static be.interfederal.cycle.support.TestUsers.DEMO_PASSWORD;
import static be.interfederal.cycle.support.TestUsers.groupsOf;
import static be.interfederal.cycle.support.TestUsers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may start which process is configured per process key ({@code interfederal.access.starter-roles}): an early
 * warning is started by a data provider or the GDPC secretariat, a cycle by the GDPC or TMD secretariat; anyone else
 * is refused by the engine (403 through /engine-rest).
 */
@ApplicationTest
class ProcessStartAccessTest {

  private static final String EARLY_WARNING = "/engine-rest/process-definition/key/early-warning/start";

  @Autowired AccessProperties access;
  @Autowired AuthorizationService authorizations;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired TestRestTemplate rest;

  private String cycleKey;

  @BeforeEach
  void aRunningCycle() {
    cycleKey = "access" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance cycle = runtime.startProcessInstanceByKey("policy-cycle", cycleKey,
        Map.of("title", "Toegangstest", "periodStart", 2030, "periodEnd", 2033));
    for (Job job : management.createJobQuery().processInstanceId(cycle.getId()).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  @Test
  void theStarterRolesArePerProcess() {
    assertThat(access.starterRoles()).containsEntry("policy-cycle", Set.of(GroupRole.GDPC_SECRETARIAT, GroupRole.TMD_SECRETARIAT))
        .containsEntry("early-warning", Set.of(GroupRole.DATA_PROVIDER, GroupRole.GDPC_SECRETARIAT));
    assertThat(access.startableBy(GroupRole.GDPC_SECRETARIAT)).containsExactly("early-warning", "policy-cycle");
    assertThat(access.startableBy(GroupRole.TMD_SECRETARIAT)).containsExactly("policy-cycle");
    assertThat(access.startableBy(GroupRole.DATA_PROVIDER)).containsExactly("early-warning");
    assertThat(access.startableBy(GroupRole.CABINET)).isEmpty();
    String vad = memberOf(identity, "vad");
    assertThat(authorizations.isUserAuthorized(vad, groupsOf(identity, vad), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "early-warning")).as("a data provider starts early warnings").isTrue();
    assertThat(authorizations.isUserAuthorized(vad, groupsOf(identity, vad), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "policy-cycle")).as("but not cycles").isFalse();
  }

  @Test
  void aDataProviderAndTheSecretariatStartAnEarlyWarningThroughRest() {
    ResponseEntity<JsonNode> sciensano = start(memberOf(identity, "sciensano"));
    assertThat(sciensano.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(sciensano.getBody().get("businessKey").asText()).isEqualTo(cycleKey);
    assertThat(start(memberOf(identity, "gdpcSecretariat")).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aCabinetMemberOrTheTmdSecretariatCannotStartAnEarlyWarning() {
    ResponseEntity<JsonNode> cabinet = start(memberOf(identity, "cabinetVandenbroucke"));
    assertThat(cabinet.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cabinet.getBody().get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(start(memberOf(identity, "tmdSecretariat")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("early-warning").processInstanceBusinessKey(cycleKey)
        .count()).isZero();
  }

  private ResponseEntity<JsonNode> start(String user) {
    String body = "{\"businessKey\":\"" + cycleKey + "\",\"variables\":{\"substance\":{\"value\":\"Xylazine\"},"
        + "\"signalDescription\":{\"value\":\"Gemengd met heroïne.\"},\"signalSource\":{\"value\":\"Drugchecking\"},"
        + "\"signalDate\":{\"value\":\"" + EngineClock.today() + "\"},\"geography\":{\"value\":\"Brussel\"}}}";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, DEMO_PASSWORD).postForEntity(EARLY_WARNING, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
