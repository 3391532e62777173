package be.interfederal.cycle.documents;

import static be.interfederal.cycle.support.TestUsers.DEMO_PASSWORD;
import static be.interfederal.cycle.support.TestUsers.memberOf;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.documents.DocumentService.GeneratedDocuments;
import be.interfederal.cycle.support.ApplicationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The documents API in the running application, with the demo directory's users: login by HTTP Basic or by a
 * Tasklist session; administrators and coordinators read every cycle's documents, a cabinet that takes no part in
 * the cycle reads none of them. The documents here belong to a business key no process has, so no group takes part
 * in it whatever {@link CycleParticipants} the application has; participants are covered by
 * {@link DocumentAccessTest}.
 */
@ApplicationTest
class DocumentApiTest {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Autowired DocumentService documents;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;

  private final String cycle = "documents-api-" + UUID.randomUUID();
  private GeneratedDocuments strategy;
  private String coordinator;
  private String cabinetMember;

  @BeforeEach
  void aCycleWithDocuments() {
    strategy = documents.generate(cycle, DocumentType.FINAL_STRATEGY, "nl",
        SampleModels.model(DocumentType.FINAL_STRATEGY, "nl"), cycle + ":final", "generateFinalStrategy", null);
    coordinator = memberOf(identityService, "coordinators");
    cabinetMember = memberOf(identityService, "cabinetVandenbroucke");
  }

  @Test
  void withoutLoginTheApiAnswers401WithABasicChallenge() {
    ResponseEntity<String> list = rest.getForEntity(listPath(), String.class);
    ResponseEntity<String> download = rest.getForEntity(downloadPath(strategy.pdf()), String.class);

    for (ResponseEntity<String> response : List.of(list, download)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
    }
    // Another user than the tests below use: Camunda delays a user's next login after a wrong password.
    String other = memberOf(identityService, "cabinetJambon");
    assertThat(rest.withBasicAuth(other, "wrong").getForEntity(listPath(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aCabinetThatTakesNoPartInTheCycleIsRefused() {
    TestRestTemplate cabinet = rest.withBasicAuth(cabinetMember, DEMO_PASSWORD);

    assertThat(cabinet.getForEntity(listPath(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cabinet.getForEntity(downloadPath(strategy.pdf()), byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aCoordinatorListsTheCyclesDocuments() {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(coordinator, DEMO_PASSWORD)
        .getForEntity(listPath(), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode body = response.getBody();
    assertThat(body.isArray()).isTrue();
    assertThat(body).hasSize(2);
    JsonNode first = body.get(0);
    List<String> fields = new java.util.ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("id", "type", "language", "format", "version", "sizeBytes",
        "sha256", "createdAt");
    assertThat(first.get("id").asText()).isEqualTo(strategy.docx().getId().toString());
    assertThat(first.get("type").asText()).isEqualTo("FINAL_STRATEGY");
    assertThat(first.get("language").asText()).isEqualTo("nl");
    assertThat(first.get("format").asText()).isEqualTo("DOCX");
    assertThat(first.get("version").asInt()).isEqualTo(1);
    assertThat(first.get("sizeBytes").asLong()).isEqualTo(strategy.docx().getSizeBytes());
    assertThat(first.get("sha256").asText()).isEqualTo(strategy.docx().getSha256());
    assertThat(first.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    assertThat(body.get(1).get("format").asText()).isEqualTo("PDF");
  }

  @Test
  void aCoordinatorDownloadsThePdfAndTheDocxWithTheirTypeAndFileName() {
    TestRestTemplate client = rest.withBasicAuth(coordinator, DEMO_PASSWORD);

    ResponseEntity<byte[]> pdf = client.getForEntity(downloadPath(strategy.pdf()), byte[].class);
    ResponseEntity<byte[]> docx = client.getForEntity(downloadPath(strategy.docx()), byte[].class);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(pdf.getHeaders().getContentDisposition().getFilename())
        .isEqualTo(cycle + "-final-strategy-v1-nl.pdf");
    assertThat(pdf.getBody()).isEqualTo(strategy.pdf().getContent());
    assertThat(DocumentService.sha256(pdf.getBody())).isEqualTo(strategy.pdf().getSha256());

    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docx.getHeaders().getContentType()).hasToString(DOCX);
    assertThat(docx.getHeaders().getContentDisposition().getFilename())
        .isEqualTo(cycle + "-final-strategy-v1-nl.docx");
    assertThat(docx.getBody()).isEqualTo(strategy.docx().getContent());
  }

  @Test
  void theAdministratorReadsEveryCycle() {
    assertThat(rest.withBasicAuth("admin", "admin").getForEntity(downloadPath(strategy.docx()), byte[].class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void unknownCyclesAndDocumentsAre404() {
    TestRestTemplate client = rest.withBasicAuth(coordinator, DEMO_PASSWORD);

    assertThat(client.getForEntity("/api/cycles/no-such-cycle/documents", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(client.getForEntity("/api/documents/" + UUID.randomUUID(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(client.getForEntity("/api/documents/not-a-uuid", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aTasklistSessionIsEnoughToDownload() {
    String coordinatorSession = tasklistLogin(coordinator);
    String cabinetSession = tasklistLogin(cabinetMember);

    ResponseEntity<byte[]> asCoordinator = withSession(coordinatorSession, downloadPath(strategy.pdf()));
    ResponseEntity<byte[]> asCabinet = withSession(cabinetSession, downloadPath(strategy.pdf()));

    assertThat(asCoordinator.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asCoordinator.getBody()).isEqualTo(strategy.pdf().getContent());
    assertThat(asCabinet.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * Logs in to Tasklist as the webapp does — open the app to get its CSRF token, then post the login form with it —
   * and returns the session cookie.
   */
  private String tasklistLogin(String user) {
    ResponseEntity<String> app = rest.getForEntity("/camunda/app/tasklist/", String.class);
    List<String> cookies = app.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList();
    String token = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
    headers.add("X-XSRF-TOKEN", token);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", DEMO_PASSWORD);
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("Tasklist login of %s: %s", user, login.getBody()).isEqualTo(HttpStatus.OK);
    // Camunda gives the session a new id at login.
    return login.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.split(";", 2)[0])
        .findFirst().orElseThrow();
  }

  private ResponseEntity<byte[]> withSession(String cookie, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private String listPath() {
    return "/api/cycles/" + cycle + "/documents";
  }

  private static String downloadPath(StoredDocument document) {
    return "/api/documents/" + document.getId();
  }
}
