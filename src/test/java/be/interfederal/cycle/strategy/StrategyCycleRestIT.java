package be.interfederal.cycle.strategy;

import static be.interfederal.cycle.support.RestVariables.typed;
import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.InterfederalCycleApplication;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole two-year cycle (2030–2031) walked through /engine-rest by the real users: the strategy, both action plans,
 * the M&E strategy, both evaluations, the monitoring round and the next cycle started. Every task is completed by a
 * member of its candidate group, with the form's fields, over HTTP with Basic authentication; the job executor runs
 * the service tasks as in production, and the administrator executes the calendar's timers. Then the documents are
 * downloaded through /api and read. Runs on PostgreSQL 17 (the postgres profile, plus the demo users so that there is
 * someone to log in as) and on H2, and prints the time it took and the number of tasks completed
 * (docs/performance.md).
 */
class StrategyCycleRestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final int OBJECTIVES = 6;
  /** The specific objective the secretariat adds to strategic objective 1 (which has seven in 2026–2029). */
  private static final String NEW_SPECIFIC = "Preventie van gokken bij jongeren versterken";
  private static final String CNDC_ACTION = "Havens beveiligen tegen drugssmokkel";
  private static final String INTERFEDERAL_ACTION = "Preventie van cocaïnegebruik in het uitgaansleven";
  private static final String INDICATOR = "Cannabisgebruik laatste jaar (15–64 jaar)";
  private int proposed;

  private final HttpClient http = HttpClient.newHttpClient();
  private String base;
  private IdentityService identity;
  private int completed;
  private String adminPassword;

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "h2"})
  void aWholeStrategyCycleThroughTheRestApi(String database) throws Exception {
    List<String> args = new ArrayList<>(List.of("--server.port=0",
        "--interfederal.directory.demo-users=classpath:directory/demo-users.yaml"));
    SpringApplicationBuilder builder = new SpringApplicationBuilder(InterfederalCycleApplication.class);
    adminPassword = "admin";
    if (database.equals("postgres")) {
      builder.profiles("postgres");
      adminPassword = "rest-walk-password-2026";
      args.addAll(List.of("--DB_URL=" + EmbeddedPostgresDatabase.newDatabase(), "--DB_USER=postgres",
          "--DB_PASSWORD=postgres", "--ADMIN_PASSWORD=" + adminPassword));
    } else {
      args.add("--spring.datasource.url=jdbc:h2:mem:restwalk;DB_CLOSE_DELAY=-1");
    }
    try (ConfigurableApplicationContext app = builder.run(args.toArray(String[]::new))) {
      base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      identity = app.getBean(IdentityService.class);
      long started = System.nanoTime();
      String key = "ifds2030" + database;
      walk(key);
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("REST-WALK %s: %d tasks completed in %d ms%n", database, completed, millis);
      checkFinalStrategy(key);
      checkCndcActionPlan(key);
      checkMonitoring(key);
      // with the job executor running, health names it too
      assertThat(get("admin", "/actuator/health").get("components").get("jobExecutor").get("status").asText()).isEqualTo("UP");
    }
  }

  private void walk(String key) throws Exception {
    String secretariat = TestUsers.memberOf(identity, "gdpcSecretariat");
    JsonNode started = post(secretariat, "/engine-rest/process-definition/key/policy-cycle/start", Map.of(
        "businessKey", key, "variables", Map.of(
            "title", typed("Interfederale drugsstrategie 2030–2031"), "periodStart", typed(2030), "periodEnd", typed(2031))));
    assertThat(started.get("id").asText()).isNotBlank();

    completeAll(key, "recordMandate", 1, t -> CycleDriver.mandate());
    completeAll(key, "deliverContribution", 3, t -> CycleDriver.contribution());
    completeAll(key, "recordForesight", 1, t -> CycleDriver.foresight());
    completeAll(key, "consolidateAnalysis", 1, t -> Map.of("consolidation", "Geconsolideerde situatieanalyse."));
    completeAll(key, "validateAnalysis", 1, t -> Map.of("analysisDecision", "validated"));
    completeAll(key, "recommendOnObjective", OBJECTIVES,
        t -> Map.of("recommendationNl", "Aanbeveling van het panel", "recommendationFr", "Recommandation du panel"));
    completeAll(key, "validateRecommendations", 1, t -> Map.of("panelDecision", "complete"));
    completeAll(key, "draftStrategy", 1, this::draftWithANewSpecificObjective);
    completeAll(key, "givePosition", 52, t -> CycleDriver.positions("agree", null, OBJECTIVES));
    completeAll(key, "closeDrafting", 1, t -> Map.of("decisionProposal", "De TVD keurt de strategie 2030–2031 goed."));
    completeAll(key, "scheduleMeeting", 1, t -> Map.of("meetingDate", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(7).toString()));
    completeAll(key, "recordMinisterPosition", 26, t -> Map.of("ministerPosition", "endorse"));
    completeAll(key, "recordTmdDecision", 1, t -> Map.of("tmdDecision", "approved"));
    completeAll(key, "draftCndcActions", 1, t -> CycleDriver.actions(List.of(CycleDriver.action(CNDC_ACTION,
        List.of("3.1", "3.9"), "2030-01-01", "2031-12-31", 1250000))));
    completeAll(key, "checkCndcCoherence", 1, t -> Map.of("coherenceDecision", "accepted"));
    // the interfederal action plan: one cabinet proposes an action, the others none; one agreeing round; approval
    completeAll(key, "proposeActions", 52, t -> CycleDriver.actions(proposed++ == 0
        ? List.of(CycleDriver.action(INTERFEDERAL_ACTION, List.of("1.2"), "2030-09-01", "2031-06-30", 400000)) : List.of()));
    completeAll(key, "consolidateActionPlan", 1, t -> CycleDriver.actions(List.of(
        CycleDriver.action(INTERFEDERAL_ACTION, List.of("1.2"), "2030-09-01", "2031-06-30", 400000))));
    completeAll(key, "givePosition", 52, t -> CycleDriver.positions("agree", null, OBJECTIVES));
    completeAll(key, "closeActionPlan", 1, t -> Map.of("decisionProposal", "De TVD keurt het actieplan goed.",
        "coverageMotivation", "De andere doelstellingen volgen na de M&E-strategie."));
    completeAll(key, "scheduleMeeting", 1, t -> Map.of("meetingDate", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(14).toString()));
    completeAll(key, "recordMinisterPosition", 26, t -> Map.of("ministerPosition", "endorse"));
    completeAll(key, "recordTmdDecision", 1, t -> Map.of("tmdDecision", "approved"));
    // the M&E strategy: Sciensano's indicator (and DJSOC's, which Sciensano confirms), the panel's opinion, approval
    completeAll(key, "draftMeStrategy", 1, t -> Map.of("indicators", List.of(
        CycleDriver.indicator(INDICATOR, "1.1", "sciensano", "7.6", 2023),
        CycleDriver.indicator("Inbeslagnames cocaïne (ton)", "3.1", "djsoc", "116", 2023)),
        "monitoringDay", "04-01", "midTermEvaluation", "2030-09-30", "finalEvaluation", "2030-12-31"));
    completeAll(key, "confirmIndicators", 1, t -> Map.of("indicatorConfirmation", "confirmed"));
    completeAll(key, "givePanelOpinion", 1, t -> Map.of("panelOpinionNl", "Akkoord.", "panelOpinionFr", "D'accord."));
    completeAll(key, "scheduleMeeting", 1, t -> Map.of("meetingDate", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21).toString()));
    completeAll(key, "recordMinisterPosition", 26, t -> Map.of("ministerPosition", "endorse"));
    completeAll(key, "recordTmdDecision", 1, t -> Map.of("tmdDecision", "approved"));
    // both plans done, the cycle waits for the last year of its period to start the next one
    String instance = get("admin", "/engine-rest/process-instance?businessKey=" + key + "&processDefinitionKey=policy-cycle")
        .get(0).get("id").asText();
    waitFor(() -> get("admin", "/engine-rest/history/activity-instance?processInstanceId=" + instance
        + "&activityId=actionPlansAdopted&finished=true").size() == 1, "the action plans to be adopted");

    // the two-year period's calendar, its days brought forward by the administrator (Cockpit's "execute job")
    evaluate(key, instance, "midTermEvaluationDue");
    evaluate(key, instance, "finalEvaluationDue");
    executeTimer(instance, "nextCycleDue");
    completeAll(key, "startNextCycle", 1, t -> Map.of("nextCycleTitle", "Interfederale drugsstrategie 2032–2033",
        "nextPeriodStart", 2032, "nextPeriodEnd", 2033));
    // the monitoring rounds of 2031 (on 2030) and 2032 (on 2031, after the period): Sciensano for itself and DJSOC,
    // the two action owners
    for (int round = 0; round < 2; round++) {
      executeTimer(instance, "monitoringRoundDue");
      completeAll(key, "deliverIndicatorValues", 1, t -> indicatorValues(t));
      completeAll(key, "reportActionProgress", 2, t -> progress(t));
      completeAll(key, "consolidateMonitoring", 1, t -> Map.of("summaryNl", "Het cannabisgebruik daalt.",
          "summaryFr", "L'usage de cannabis baisse.", "amendmentProposed", false));
      completeAll(key, "validateMonitoringReport", 1, t -> Map.of("monitoringValidation", "validated"));
      completeAll(key, "takeNoteOfMonitoringReport", 1, t -> Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Brussels")).toString()));
    }
    waitFor(() -> get("admin", "/engine-rest/history/process-instance/" + instance).get("state").asText().equals("COMPLETED"),
        "the cycle to be completed");
    JsonNode next = get("admin", "/engine-rest/process-instance?processDefinitionKey=policy-cycle&variables=predecessorKey_eq_" + key);
    assertThat(next.size()).as("the next cycle, started by this one").isEqualTo(1);
  }

  private void executeTimer(String instance, String activityId) throws Exception {
    JsonNode jobs = get("admin", "/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activityId);
    assertThat(jobs.size()).as("timer %s", activityId).isEqualTo(1);
    HttpResponse<String> response = send("admin", "POST", "/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", null);
    assertThat(response.statusCode()).as("execute %s: %s", activityId, response.body()).isEqualTo(204);
  }

  /** An evaluation on its day: commissioned, delivered through BELSPO, answered, noted by the TMD. */
  private void evaluate(String key, String instance, String timer) throws Exception {
    executeTimer(instance, timer);
    String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
    completeAll(key, "commissionEvaluation", 1, t -> Map.of("evaluator", "UGent, UCLouvain en KU Leuven", "belspoFunded", true,
        "deliveryDue", LocalDate.now(ZoneId.of("Europe/Brussels")).plusMonths(6).toString()));
    completeAll(key, "deliverEvaluation", 1, t -> Map.of("findingsNl", "Vroeginterventie werkt (" + timer + ").",
        "findingsFr", "L'intervention précoce fonctionne.", "recommendationsNl", "Meer middelen voor vroeginterventie.",
        "recommendationsFr", "Plus de moyens pour l'intervention précoce."));
    completeAll(key, "respondToEvaluation", 1, t -> Map.of("responseNl", "De ACD volgt de aanbevelingen.",
        "responseFr", "La CGPD suit les recommandations."));
    completeAll(key, "takeNoteOfEvaluation", 1, t -> Map.of("notedOn", today));
  }

  /** Sciensano's values: each indicator of its task gets one below its baseline, as the form submits them. */
  private Map<String, Object> indicatorValues(JsonNode task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode row : rowsOf(task, "indicatorValues")) {
      rows.add(Map.of("indicatorId", row.get("indicatorId").asLong(),
          "value", String.valueOf(row.get("baseline").asDouble() - 0.5), "note", "Reitox"));
    }
    return Map.of("indicatorValues", rows);
  }

  /** An owner's progress: its actions on track, with the budget spent so far. */
  private Map<String, Object> progress(JsonNode task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode row : rowsOf(task, "actionProgress")) {
      rows.add(Map.of("plan", row.get("plan").asText(), "position", row.get("position").asInt(), "status",
          row.get("plan").asText().equals("cndc") ? "delayed" : "onTrack", "reason", "Aanbesteding loopt.", "budgetSpent", 150000));
    }
    return Map.of("actionProgress", rows);
  }

  private JsonNode rowsOf(JsonNode task, String variable) {
    try {
      JsonNode value = get("admin", "/engine-rest/task/" + task.get("id").asText() + "/variables/" + variable
          + "?deserializeValue=false").get("value");
      return value.isTextual() ? JSON.readTree(value.asText()) : value;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void checkMonitoring(String key) throws Exception {
    String coordinator = TestUsers.memberOf(identity, "coordinators");
    JsonNode documents = get(coordinator, "/api/cycles/" + key + "/documents");
    byte[] report = bytes(coordinator, "/api/documents/" + find(documents, "MONITORING_REPORT", "nl", "PDF"));
    try (var document = Loader.loadPDF(report)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Monitoringrapport 2031", INDICATOR, "2030: 7.1", "2031: 7.1", "Het cannabisgebruik daalt.",
          CNDC_ACTION, INTERFEDERAL_ACTION, "Vertraagd", "Op schema", "Aanbesteding loopt.");
      int pictures = 0;
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          pictures += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
      assertThat(pictures).as("two indicator charts and the status chart").isEqualTo(3);
    }
    try (var document = Loader.loadPDF(bytes(coordinator, "/api/documents/" + find(documents, "EU_REPORTING_ANNEX", "en", "PDF")))) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("EU reporting annex 2031", "EUDA", INDICATOR, "7.1", "Reitox");
    }
    try (var document = Loader.loadPDF(bytes(coordinator, "/api/documents/" + find(documents, "EVALUATION_REPORT", "fr", "PDF")))) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Évaluation intermédiaire", "Évaluation finale", "L'intervention précoce fonctionne.");
    }
  }

  /** The draft form's fields: the texts, and the objectives as the task offers them with one specific objective added. */
  private Map<String, Object> draftWithANewSpecificObjective(JsonNode task) {
    try {
      String secretariat = TestUsers.memberOf(identity, "gdpcSecretariat");
      JsonNode offered = get(secretariat, "/engine-rest/task/" + task.get("id").asText() + "/variables/objectives?deserializeValue=false");
      assertThat(offered.get("type").asText()).isEqualTo("Json");
      JsonNode value = offered.get("value");
      List<Map<String, Object>> objectives = JSON.convertValue(value.isTextual() ? JSON.readTree(value.asText()) : value,
          new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> first = (List<Map<String, Object>>) objectives.get(0).get("specifics");
      first.add(Map.of("titleNl", NEW_SPECIFIC, "titleFr", "Renforcer la prévention du jeu chez les jeunes",
          "titleEn", "Strengthen gambling prevention among young people"));
      Map<String, Object> form = new LinkedHashMap<>(CycleDriver.draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));
      form.put("objectives", objectives);
      return form;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void checkCndcActionPlan(String key) throws Exception {
    String coordinator = TestUsers.memberOf(identity, "coordinators");
    JsonNode documents = get(coordinator, "/api/cycles/" + key + "/documents");
    String pdfText;
    try (var document = Loader.loadPDF(bytes(coordinator, "/api/documents/" + find(documents, "CNDC_ACTION_PLAN", "fr", "PDF")))) {
      pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(pdfText).contains("Plan d'action du Commissariat national aux drogues", CNDC_ACTION + " (FR)", "3.1, 3.9",
        "Annelies Verlinden");
    String meStrategy;
    try (var document = Loader.loadPDF(bytes(coordinator, "/api/documents/" + find(documents, "ME_STRATEGY", "nl", "PDF")))) {
      meStrategy = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(meStrategy).contains("Monitoring- en evaluatiestrategie", INDICATOR, "7.6 (2023)", "1 april", "Akkoord.");
    String approvedPlan;
    try (var document = Loader.loadPDF(bytes(coordinator, "/api/documents/" + find(documents, "ACTION_PLAN", "en", "PDF")))) {
      approvedPlan = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(approvedPlan).contains("Interfederal drugs action plan", "Approved by the TMD on", INTERFEDERAL_ACTION, "1.2",
        "M&E-strategie");
  }

  private void checkFinalStrategy(String key) throws Exception {
    String coordinator = TestUsers.memberOf(identity, "coordinators");
    JsonNode documents = get(coordinator, "/api/cycles/" + key + "/documents");
    String docxId = find(documents, "FINAL_STRATEGY", "nl", "DOCX");
    String pdfId = find(documents, "FINAL_STRATEGY", "nl", "PDF");
    byte[] docx = bytes(coordinator, "/api/documents/" + docxId);
    byte[] pdf = bytes(coordinator, "/api/documents/" + pdfId);
    String docxText;
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      docxText = extractor.getText();
    }
    String pdfText;
    try (var document = Loader.loadPDF(pdf)) {
      pdfText = new PDFTextStripper().getText(document);
    }
    String approvalDate = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(7)
        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.forLanguageTag("nl-BE")));
    // the forms link to the newest version of a document by type, language and format
    HttpResponse<String> latest = send(coordinator, "GET", "/api/cycles/" + key + "/documents/latest/FINAL_STRATEGY/nl/pdf", null);
    assertThat(latest.statusCode()).isEqualTo(302);
    assertThat(latest.headers().firstValue("Location")).hasValue("/api/documents/" + pdfId);
    for (String text : List.of(docxText, pdfText.replaceAll("\\s+", " "))) {
      assertThat(text).contains("Interfederale drugsstrategie 2030–2031")
          .contains("Het promoten en beschermen van gezondheid en welzijn")
          .contains("1.8").contains(NEW_SPECIFIC)
          .contains("Frank Vandenbroucke", "Lydia Klinkenberg", "Valérie Lescrenier")
          .contains(approvalDate);
    }
  }

  private void completeAll(String key, String taskKey, int expected, Function<JsonNode, Map<String, Object>> form)
      throws Exception {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + key + "&taskDefinitionKey=" + taskKey;
    waitFor(() -> get("admin", query).size() >= expected, expected + " open task(s) " + taskKey);
    JsonNode tasks = get("admin", query);
    assertThat(tasks.size()).as("open %s tasks", taskKey).isEqualTo(expected);
    for (JsonNode task : tasks) {
      String id = task.get("id").asText();
      String group = null;
      for (JsonNode link : get("admin", "/engine-rest/task/" + id + "/identity-links?type=candidate")) {
        group = link.get("groupId").asText();
      }
      String user = TestUsers.memberOf(identity, group);
      Map<String, Object> variables = new LinkedHashMap<>();
      form.apply(task).forEach((name, value) -> variables.put(name, typed(value)));
      HttpResponse<String> response = send(user, "POST", "/engine-rest/task/" + id + "/complete",
          JSON.writeValueAsString(Map.of("variables", variables)));
      assertThat(response.statusCode()).as("%s completes %s: %s", user, taskKey, response.body()).isEqualTo(204);
      completed++;
    }
  }

  private static String find(JsonNode documents, String type, String language, String format) {
    String id = null;
    int version = -1;
    for (JsonNode d : documents) {
      if (d.get("type").asText().equals(type) && d.get("language").asText().equals(language)
          && d.get("format").asText().equals(format) && d.get("version").asInt() > version) {
        id = d.get("id").asText();
        version = d.get("version").asInt();
      }
    }
    assertThat(id).as("%s %s %s in %s", type, language, format, documents).isNotNull();
    return id;
  }

  interface Check {
    boolean ok() throws Exception;
  }

  private void waitFor(Check check, String what) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!check.ok()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, "GET", path, null);
    assertThat(response.statusCode()).as("GET %s as %s: %s", path, user, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode post(String user, String path, Object body) throws Exception {
    HttpResponse<String> response = send(user, "POST", path, JSON.writeValueAsString(body));
    assertThat(response.statusCode()).as("POST %s as %s: %s", path, user, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private byte[] bytes(String user, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user)).GET().build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String basic(String user) {
    String password = "admin".equals(user) ? adminPassword : TestUsers.DEMO_PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
