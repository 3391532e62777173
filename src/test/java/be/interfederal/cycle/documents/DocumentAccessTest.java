package be.interfederal.cycle.documents;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.interfederal.cycle.platform.web.ApiAuthenticationFilter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Who reads a cycle's documents, with a test {@link CycleParticipants} standing in for the cycle capability: the
 * groups taking part in the cycle, coordinators and administrators; nobody else. Runs the real filter, controller
 * and policy without the engine (identity answers are stubbed).
 */
class DocumentAccessTest {

  private static final String CYCLE = "cycle-2026";
  private static final String PARTICIPANT = "anPeeters";
  private static final String OUTSIDER = "jeroenAerts";
  private static final String COORDINATOR = "geertPauwels";
  private static final String ADMIN = "admin";
  private static final String PASSWORD = "demo";
  private static final String LATEST_PDF = "/api/cycles/" + CYCLE + "/documents/latest/FINAL_STRATEGY/nl/pdf";

  /** The cycle capability's view: which groups take part in which cycle. */
  static final class TestParticipants implements CycleParticipants {
    private final Map<String, Set<String>> groups;

    TestParticipants(Map<String, Set<String>> groups) {
      this.groups = groups;
    }

    @Override
    public boolean exists(String businessKey) {
      return groups.containsKey(businessKey);
    }

    @Override
    public Set<String> groupIds(String businessKey) {
      return groups.getOrDefault(businessKey, Set.of());
    }
  }

  private final DocumentService documents = mock(DocumentService.class);
  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final AtomicReference<CycleParticipants> participants = new AtomicReference<>(new TestParticipants(Map.of(
      CYCLE, Set.of("cabinetVandenbroucke", "administrationVandenbroucke", "gdpcSecretariat"),
      "cycle-without-documents", Set.of("cabinetVandenbroucke"))));
  private MockMvc api;
  private StoredDocument pdf;

  @BeforeEach
  void setUp() {
    user(PARTICIPANT, "cabinetVandenbroucke");
    user(OUTSIDER, "cabinetDeWever");
    user(COORDINATOR, "coordinators");
    user(ADMIN, "camunda-admin");
    byte[] content = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
    pdf = new StoredDocument(CYCLE, DocumentType.FINAL_STRATEGY, "nl", DocumentFormat.PDF, 2, content,
        DocumentService.sha256(content), Instant.parse("2026-03-02T09:00:00Z"), "a", "p", "p:a");
    when(documents.find(any())).thenAnswer(call -> call.getArgument(0).equals(pdf.getId())
        ? Optional.of(pdf) : Optional.empty());
    when(documents.hasDocuments(CYCLE)).thenReturn(true);
    when(documents.list(CYCLE)).thenReturn(List.of(pdf.summary()));

    DocumentAccessPolicy policy = new DocumentAccessPolicy(Set.of("camunda-admin"), () -> Set.of("coordinators"),
        participants::get, documents::hasDocuments);
    api = MockMvcBuilders.standaloneSetup(new DocumentController(documents, policy))
        .addFilters(new ApiAuthenticationFilter(identity, "default")).build();
  }

  @Test
  void aMemberOfAParticipatingGroupListsAndDownloads() throws Exception {
    api.perform(as(PARTICIPANT, get("/api/cycles/" + CYCLE + "/documents")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value(pdf.getId().toString()))
        .andExpect(jsonPath("$[0].type").value("FINAL_STRATEGY"))
        .andExpect(jsonPath("$[0].language").value("nl"))
        .andExpect(jsonPath("$[0].format").value("PDF"))
        .andExpect(jsonPath("$[0].version").value(2))
        .andExpect(jsonPath("$[0].sizeBytes").value(pdf.getSizeBytes()))
        .andExpect(jsonPath("$[0].sha256").value(pdf.getSha256()))
        .andExpect(jsonPath("$[0].content").doesNotExist());

    api.perform(as(PARTICIPANT, get("/api/documents/" + pdf.getId())))
        .andExpect(status().isOk())
        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"cycle-2026-final-strategy-v2-nl.pdf\""))
        .andExpect(content().bytes(pdf.getContent()));
  }

  @Test
  void aMemberOfAGroupOutsideTheCycleIsRefused() throws Exception {
    api.perform(as(OUTSIDER, get("/api/cycles/" + CYCLE + "/documents"))).andExpect(status().isForbidden());
    api.perform(as(OUTSIDER, get("/api/documents/" + pdf.getId()))).andExpect(status().isForbidden());
    api.perform(as(OUTSIDER, get(LATEST_PDF))).andExpect(status().isForbidden());
  }

  @Test
  void theLatestLinkRedirectsAParticipantToTheNewestVersion() throws Exception {
    api.perform(as(PARTICIPANT, get(LATEST_PDF)))
        .andExpect(status().isFound())
        .andExpect(header().string(HttpHeaders.LOCATION, "/api/documents/" + pdf.getId()));
    api.perform(as(PARTICIPANT, get("/api/cycles/" + CYCLE + "/documents/latest/FINAL_STRATEGY/fr/pdf")))
        .andExpect(status().isNotFound());
  }

  @Test
  void coordinatorsAndAdministratorsReadEveryCycle() throws Exception {
    for (String reader : List.of(COORDINATOR, ADMIN)) {
      api.perform(as(reader, get("/api/documents/" + pdf.getId()))).andExpect(status().isOk());
      api.perform(as(reader, get("/api/cycles/" + CYCLE + "/documents"))).andExpect(status().isOk());
    }
  }

  @Test
  void aKnownCycleWithoutDocumentsIsAnEmptyListAndAnUnknownOneIs404() throws Exception {
    api.perform(as(PARTICIPANT, get("/api/cycles/cycle-without-documents/documents")))
        .andExpect(status().isOk()).andExpect(content().json("[]"));
    api.perform(as(COORDINATOR, get("/api/cycles/no-such-cycle/documents"))).andExpect(status().isNotFound());
  }

  @Test
  void withoutTheCycleCapabilityOnlyReadersGetIn() throws Exception {
    participants.set(null);

    api.perform(as(PARTICIPANT, get("/api/documents/" + pdf.getId()))).andExpect(status().isForbidden());
    api.perform(as(COORDINATOR, get("/api/documents/" + pdf.getId()))).andExpect(status().isOk());
    api.perform(as(COORDINATOR, get("/api/cycles/" + CYCLE + "/documents"))).andExpect(status().isOk());
  }

  @Test
  void noOrBadCredentialsAre401() throws Exception {
    api.perform(get("/api/documents/" + pdf.getId()))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Interfederal Cycle\", charset=\"UTF-8\""));
    api.perform(get("/api/documents/" + pdf.getId()).header(HttpHeaders.AUTHORIZATION, "Basic !!!"))
        .andExpect(status().isUnauthorized());
    api.perform(get("/api/documents/" + pdf.getId()).header(HttpHeaders.AUTHORIZATION, basic(PARTICIPANT, "wrong")))
        .andExpect(status().isUnauthorized());
  }

  private void user(String id, String group) {
    when(identity.checkPassword(id, PASSWORD)).thenReturn(true);
    Group membership = mock(Group.class);
    when(membership.getId()).thenReturn(group);
    when(identity.createGroupQuery().groupMember(id).list()).thenReturn(List.of(membership));
  }

  private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    return request.header(HttpHeaders.AUTHORIZATION, basic(user, PASSWORD));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
