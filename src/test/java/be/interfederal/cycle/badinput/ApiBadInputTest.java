package be.interfederal.cycle.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The catalogue of bad inputs for the application's own API ({@code /api}): for each endpoint, malformed JSON, a body
 * of the wrong shape, values of the wrong type, unknown codes and keys, negative versions, a wrong content type or
 * method, a missing or broken upload, a body over 1 MB, no login. Each must get a 4xx with a message in Dutch and
 * French and store nothing; never a 500.
 */
@ApplicationTest
class ApiBadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "admin";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private record Call(String name, HttpMethod method, String path, String user, String contentType, Object body) {}

  @Test
  void everyEndpointRefusesEveryBadInputWithA4xxInDutchAndFrenchAndStoresNothing() throws Exception {
    String member = TestUsers.memberOf(identity, "cabinetVandenbroucke");
    List<Call> calls = new ArrayList<>();
    String json = MediaType.APPLICATION_JSON_VALUE;

    String notifications = "/api/me/notifications";
    calls.add(new Call("notifications: malformed JSON", HttpMethod.PUT, notifications, member, json, "{\"enabled\": "));
    calls.add(new Call("notifications: a list", HttpMethod.PUT, notifications, member, json, "[true]"));
    calls.add(new Call("notifications: empty", HttpMethod.PUT, notifications, member, json, "{}"));
    calls.add(new Call("notifications: a text for the flag", HttpMethod.PUT, notifications, member, json, "{\"enabled\": \"ja\"}"));
    calls.add(new Call("notifications: plain text", HttpMethod.PUT, notifications, member, "text/plain", "enabled=false"));
    calls.add(new Call("notifications: over 1 MB", HttpMethod.PUT, notifications, member, json,
        "{\"enabled\": false, \"note\": \"" + "x".repeat(1_100_000) + "\"}"));
    calls.add(new Call("notifications: a method it has not", HttpMethod.DELETE, notifications, member, json, null));
    calls.add(new Call("notifications: no login", HttpMethod.PUT, notifications, null, json, "{\"enabled\": false}"));

    String migrations = "/api/admin/migrations";
    calls.add(new Call("migrations: malformed JSON", HttpMethod.POST, migrations, ADMIN, json, "{\"processDefinitionKey\": "));
    calls.add(new Call("migrations: a list", HttpMethod.POST, migrations, ADMIN, json, "[]"));
    calls.add(new Call("migrations: empty", HttpMethod.POST, migrations, ADMIN, json, "{}"));
    calls.add(new Call("migrations: a text for a version", HttpMethod.POST, migrations, ADMIN, json,
        "{\"processDefinitionKey\": \"policy-cycle\", \"fromVersion\": \"één\"}"));
    calls.add(new Call("migrations: a negative version", HttpMethod.POST, migrations, ADMIN, json,
        "{\"processDefinitionKey\": \"policy-cycle\", \"fromVersion\": -1, \"toVersion\": -5}"));
    calls.add(new Call("migrations: a text for dryRun", HttpMethod.POST, migrations, ADMIN, json,
        "{\"processDefinitionKey\": \"policy-cycle\", \"dryRun\": \"misschien\"}"));
    calls.add(new Call("migrations: an unknown process", HttpMethod.POST, migrations, ADMIN, json,
        "{\"processDefinitionKey\": \"onbekend\", \"dryRun\": false}"));
    calls.add(new Call("migrations: an object as the key", HttpMethod.POST, migrations, ADMIN, json,
        "{\"processDefinitionKey\": {\"key\": \"policy-cycle\"}}"));
    calls.add(new Call("migrations: plain text", HttpMethod.POST, migrations, ADMIN, "text/plain", "policy-cycle"));
    calls.add(new Call("migrations: over 1 MB", HttpMethod.POST, migrations, ADMIN, json,
        "{\"processDefinitionKey\": \"" + "x".repeat(1_100_000) + "\"}"));
    calls.add(new Call("migrations: not an administrator", HttpMethod.POST, migrations, member, json,
        "{\"processDefinitionKey\": \"policy-cycle\"}"));

    String validate = "/api/admin/models/validate";
    calls.add(new Call("model check: JSON instead of files", HttpMethod.POST, validate, ADMIN, json, "{\"file\": \"x\"}"));
    calls.add(new Call("model check: no file", HttpMethod.POST, validate, ADMIN, MediaType.MULTIPART_FORM_DATA_VALUE,
        new LinkedMultiValueMap<>()));
    calls.add(new Call("model check: a broken multipart body", HttpMethod.POST, validate, ADMIN,
        "multipart/form-data; boundary=nothing", "--nothing\r\nContent-Disposition: form-data; name=\"x\"\r\n"));
    calls.add(new Call("model check: not an administrator", HttpMethod.POST, validate, member,
        MediaType.MULTIPART_FORM_DATA_VALUE, upload("policy-cycle.bpmn", "<x/>".getBytes())));

    calls.add(new Call("documents: an unknown cycle", HttpMethod.GET, "/api/cycles/onbekend/documents", member, json, null));
    calls.add(new Call("document: an id that is no id", HttpMethod.GET, "/api/documents/abc", member, json, null));
    calls.add(new Call("document: an unknown id", HttpMethod.GET, "/api/documents/00000000-0000-0000-0000-000000000000",
        member, json, null));
    calls.add(new Call("latest document: an unknown type", HttpMethod.GET,
        "/api/cycles/onbekend/documents/latest/ONBEKEND/nl/pdf", member, json, null));
    calls.add(new Call("latest document: an unknown language", HttpMethod.GET,
        "/api/cycles/onbekend/documents/latest/FINAL_STRATEGY/xx/pdf", member, json, null));
    calls.add(new Call("latest document: an unknown format", HttpMethod.GET,
        "/api/cycles/onbekend/documents/latest/FINAL_STRATEGY/nl/exe", member, json, null));
    calls.add(new Call("an API path that does not exist", HttpMethod.GET, "/api/onbekend", member, json, null));
    calls.add(new Call("audit: a method it has not", HttpMethod.POST, "/api/admin/deployments", ADMIN, json, "{}"));

    DataFingerprint data = new DataFingerprint(jdbc);
    List<String> findings = new ArrayList<>();
    for (Call call : calls) {
      Map<String, String> before = data.take();
      ResponseEntity<byte[]> answer = send(call);
      int status = answer.getStatusCode().value();
      String message = SubmissionProbe.message(answer.getBody());
      if (status < 400 || status >= 500) {
        findings.add(call.name() + ": answered " + status + " " + message);
      }
      if (!message.contains(" / ")) {
        findings.add(call.name() + ": the message is not in Dutch and French: " + message);
      }
      Map<String, String> changed = DataFingerprint.changes(before, data.take());
      if (!changed.isEmpty()) {
        findings.add(call.name() + ": stored something: " + changed);
      }
    }

    assertThat(findings).as("of %s calls", calls.size()).isEmpty();
  }

  /**
   * The model check is a dry run: a broken model is what it is asked about, so it answers 200 with the problems, each
   * in Dutch and French, as the Cockpit page shows them; a deployment of the same model is refused with 400.
   */
  @Test
  void theModelCheckReportsAnEmptyOrNonXmlModelInDutchAndFrenchAndStoresNothing() throws Exception {
    DataFingerprint data = new DataFingerprint(jdbc);
    for (byte[] model : List.of(new byte[0], "{\"not\": \"xml\"}".getBytes())) {
      Map<String, String> before = data.take();
      ResponseEntity<byte[]> answer = send(new Call("model check", HttpMethod.POST, "/api/admin/models/validate", ADMIN,
          MediaType.MULTIPART_FORM_DATA_VALUE, upload("policy-cycle.bpmn", model)));

      assertThat(answer.getStatusCode().value()).isEqualTo(200);
      JsonNode problem = JSON.readTree(answer.getBody()).get("problems").get(0);
      assertThat(problem.get("resource").asText()).isEqualTo("policy-cycle.bpmn");
      assertThat(problem.get("nl").asText()).startsWith("geen geldige XML");
      assertThat(problem.get("fr").asText()).startsWith("XML non valide");
      assertThat(DataFingerprint.changes(before, data.take())).isEmpty();
    }
  }

  private ResponseEntity<byte[]> send(Call call) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(call.contentType()));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    if (call.user() != null) {
      headers.setBasicAuth(call.user(), call.user().equals(ADMIN) ? ADMIN_PASSWORD : TestUsers.DEMO_PASSWORD);
    }
    return rest.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), byte[].class);
  }

  private static MultiValueMap<String, Object> upload(String name, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add(name, new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return body;
  }
}
