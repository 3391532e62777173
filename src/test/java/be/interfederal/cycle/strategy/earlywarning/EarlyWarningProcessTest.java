package be.interfederal.cycle.strategy.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentSummary;
import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.documents.TemplateContractTest;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.DocumentModels;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Condition;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
// operaton:omit-begin (process-test-coverage is Camunda-only; see README "Running on Operaton")
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
// operaton:omit-end
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code early-warning}, walked by the real users: a high, crime-related warning (sent back once by
 * the chair, late answers followed up, notified to the EU), a moderate one that is not crime-related and not
 * notified, a low one that is only recorded (after a late assessment) and notified; bad input refused with 400 and
 * the reasons in Dutch and French, the task staying open. Timers fire by executing their jobs on a moved clock.
 */
@ApplicationTest
// operaton:omit-begin (process-test-coverage is Camunda-only; see README "Running on Operaton")
@Import({ProcessEngineCoverageConfiguration.class, EarlyWarningProcessTest.EarlyWarningCoverage.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
// operaton:omit-end
class EarlyWarningProcessTest {

  static final String PROCESS = "early-warning";

  // operaton:omit-begin (process-test-coverage is Camunda-only; see README "Running on Operaton")
  /** Every flow node and sequence flow of early-warning is covered; the cycle's own models by PolicyCycleProcessTest. */
  @TestConfiguration
  static class EarlyWarningCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties earlyWarningCoverage() throws IOException {
      List<String> others;
      try (var models = Files.list(Path.of("bpmn"))) {
        others = models.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".bpmn"))
            .map(f -> f.substring(0, f.length() - ".bpmn".length())).filter(id -> !id.equals(PROCESS)).toList();
      }
      return new ProcessEngineCoverageProperties(false, true, others,
          List.of(new Condition<>(coverage -> coverage >= 1.0, "every flow node and sequence flow of early-warning covered")),
          Map.of(), List.of(), "target/process-test-coverage");
    }
  }
  // operaton:omit-end

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired EarlyWarningRecords records;
  @Autowired EarlyWarnings earlyWarnings;
  @Autowired DocumentService documents;
  @Autowired DocumentModels models;
  @Autowired TestRestTemplate rest;

  private String cycleKey;

  @BeforeEach
  void aRunningCycle() {
    cycleKey = "ewcycle" + UUID.randomUUID().toString().substring(0, 8);
    startCycle(cycleKey, 2030, 2033);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aHighCrimeRelatedWarningIsSharedCommunicatedSentBackOnceFollowedUpAndNotifiedToTheEu() throws IOException {
    ProcessInstance warning = startWarning("sciensano", cycleKey, signal(EngineClock.today().minusDays(1)));
    assertThat(warning.getBusinessKey()).isEqualTo(cycleKey);
    int number = (Integer) runtime.getVariable(warning.getId(), "warningNumber");
    assertThat(records.warning(cycleKey, number).getRecorded().getRecordedBy()).isEqualTo(TestUsers.memberOf(identity, "sciensano"));

    Date before = ClockUtil.getCurrentTime();
    complete(single(warning, "assessRisk"), assessment("high", List.of("flemish"), true, true));
    List<Task> informed = open(warning, "acknowledgeWarning");
    List<String> expected = earlyWarnings.concernedGroups(List.of("flemish"), true);
    assertThat(informed).extracting(this::candidateGroup).containsExactlyInAnyOrderElementsOf(expected)
        .contains("cabinetDiependaele", "administrationGennez", "cndc", "djsoc").doesNotContain("cabinetVandenbroucke");
    // a high risk: the answers are due within 48 hours
    assertThat(informed.get(0).getDueDate()).isCloseTo(new Date(before.getTime() + Duration.ofHours(48).toMillis()), 60_000);

    // the secretariat drafts, the notice is made, the chair sends it back once, then approves
    complete(single(warning, "draftWarningCommunication"), communication("Eerste versie."));
    complete(single(warning, "approveWarningCommunication"),
        Map.of("communicationDecision", "sendBack", "approvalRemarks", "Noem de symptomen van een overdosis."));
    Task redraft = single(warning, "draftWarningCommunication");
    assertThat(tasks.getVariable(redraft.getId(), "approvalRemarks")).isEqualTo("Noem de symptomen van een overdosis.");
    complete(redraft, communication("Tweede versie: ademhalingsdepressie, pinpoint pupillen."));
    complete(single(warning, "approveWarningCommunication"), Map.of("communicationDecision", "approved"));
    EarlyWarning recorded = records.warning(cycleKey, number);
    assertThat(recorded.getCommunicationDecision()).isEqualTo(CommunicationDecision.approved);
    assertThat(recorded.getCommunication("fr")).contains("Deuxième version");
    assertThat(documents.list(cycleKey)).filteredOn(d -> d.type() == DocumentType.EARLY_WARNING_NOTICE)
        .extracting(d -> d.language() + ":" + d.format() + ":" + d.version())
        .contains("nl:PDF:1", "fr:DOCX:1", "nl:DOCX:2", "fr:PDF:2");
    // the template shows exactly what the real model gives for this warning
    TemplateContractTest.assertTemplatesShow(EnumSet.of(DocumentType.EARLY_WARNING_NOTICE),
        (type, language) -> models.build(type, cycleKey, language, number, null));
    assertThat(models.build(DocumentType.EARLY_WARNING_NOTICE, cycleKey, "fr", number, null))
        .containsEntry("riskLevel", "élevé").containsEntry("substance", "Nitazenen in namaak-oxycodon");

    // all but two groups answer in time; the two late ones are followed up by the chair after 48 hours
    for (Task task : informed.subList(2, informed.size())) {
      complete(task, Map.of("measuresTaken", "Artsen en spoeddiensten verwittigd."));
    }
    assertThat(process(warning)).as("waits for the last answers").isNotNull();
    moveClockTo(new Date(before.getTime() + Duration.ofHours(49).toMillis()), warning);
    List<Task> followUps = open(warning, "followUpLateResponse");
    assertThat(followUps).hasSize(2);
    assertThat(followUps).allSatisfy(t -> assertThat(groups(t)).containsExactlyInAnyOrder("gdpcChair", "gdpcDeputyChair"));
    complete(followUps.get(0), Map.of("followUpNote", "Kabinet telefonisch gecontacteerd."));
    // a late group that answers ends its own follow-up, which has become moot
    String lateGroup = candidateGroup(informed.get(0));
    complete(informed.get(0), Map.of("measuresTaken", "Te laat, maar gedaan."));
    complete(informed.get(1), Map.of("measuresTaken", "Ook gedaan."));
    assertThat(open(warning, "followUpLateResponse")).isEmpty();
    assertThat(records.responses(cycleKey, number)).extracting(WarningResponse::getKind)
        .filteredOn(k -> k == WarningResponse.Kind.ESCALATION).hasSize(1);
    assertThat(records.responses(cycleKey, number)).filteredOn(r -> r.getKind() == WarningResponse.Kind.RESPONSE)
        .extracting(WarningResponse::getGroupId).hasSize(expected.size()).contains(lateGroup);

    // Sciensano notifies the EU Early Warning System; a notification in the future is refused
    Task eu = single(warning, "notifyEuWarningSystem");
    assertThatThrownBy(() -> complete(eu, Map.of("euNotifiedOn", EngineClock.today().plusDays(3).toString())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("De melding ligt in de toekomst / La notification est dans le futur");
    complete(eu, Map.of("euNotifiedOn", EngineClock.today().toString(), "euReference", "EU-EWS-2026-117"));
    assertThat(process(warning)).isNull();
    assertThat(records.warning(cycleKey, number).getEuReference()).isEqualTo("EU-EWS-2026-117");
  }

  @Test
  void aModerateWarningInformsTheChosenGovernmentsOnlyAndEndsWithoutEuNotification() {
    ProcessInstance warning = startWarning("gdpcSecretariat", cycleKey, signal(EngineClock.today()));
    Task assess = single(warning, "assessRisk");
    // the assessment is late: the chair gets a follow-up, which Sciensano's assessment makes moot
    moveClockTo(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofHours(25).toMillis()), warning);
    assertThat(open(warning, "followUpLateAssessment")).hasSize(1);
    Date assessedAt = ClockUtil.getCurrentTime();
    complete(assess, assessment("moderate", List.of("germanSpeaking"), false, false));
    assertThat(open(warning, "followUpLateAssessment")).isEmpty();
    List<Task> informed = open(warning, "acknowledgeWarning");
    assertThat(informed).extracting(this::candidateGroup).containsExactlyInAnyOrder("cabinetKlinkenberg", "administrationKlinkenberg");
    assertThat(informed.get(0).getDueDate()).isCloseTo(new Date(assessedAt.getTime() + Duration.ofDays(5).toMillis()), 60_000);

    informed.forEach(t -> complete(t, Map.of("measuresTaken", "Präventionsdienste informiert.")));
    complete(single(warning, "draftWarningCommunication"), communication("Matig risico."));
    complete(single(warning, "approveWarningCommunication"), Map.of("communicationDecision", "approved"));
    assertThat(process(warning)).isNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(warning.getId()).activityId("warningClosed")
        .count()).isOne();
    EarlyWarning recorded = records.warning(cycleKey, (Integer) history.createHistoricVariableInstanceQuery()
        .processInstanceId(warning.getId()).variableName("warningNumber").singleResult().getValue());
    assertThat(recorded.getRiskLevel()).isEqualTo(RiskLevel.moderate);
    assertThat(recorded.getGovernments()).containsExactly("germanSpeaking");
    assertThat(recorded.getNotifyEu()).isFalse();
    assertThat(recorded.getEuNotifiedOn()).isNull();
  }

  @Test
  void nobodyAnswersForAnotherGroupAndNoEarlierAnswerIsReused() {
    ProcessInstance warning = startWarning("sciensano", cycleKey, signal(EngineClock.today()));
    Task assess = single(warning, "assessRisk");
    Map<String, Object> notAList = assessment("moderate", List.of(), false, false);
    notAList.put("governments", "[1]");
    assertThatThrownBy(() -> complete(assess, notAList)).hasMessageContaining("De betrokken overheden (geen lijst van waarden ontvangen)")
        .hasMessageContaining("Les gouvernements concernés (aucune liste de valeurs reçue)");
    // a level with spaces around it is read as the level, and the gateway sees the checked one
    complete(assess, assessment(" moderate ", List.of("flemish"), false, false));
    List<Task> informed = open(warning, "acknowledgeWarning");
    Task first = informed.get(0);
    Task second = informed.get(1);
    String firstGroup = candidateGroup(first);
    String secondGroup = candidateGroup(second);
    assertThatThrownBy(() -> complete(first, Map.of("concernedGroup", "cndc", "measuresTaken", "Niets.")))
        .hasMessageContaining("Deze waarschuwing werd niet gedeeld met 'cndc'");
    assertThatThrownBy(() -> complete(first, Map.of("concernedGroup", secondGroup, "measuresTaken", "Niets.")))
        .hasMessageContaining("U antwoordt niet namens " + secondGroup);
    complete(first, Map.of("measuresTaken", "Huisartsen en spoeddiensten verwittigd."));
    // the first group's measures are its own: the next group's empty answer is refused, not filled with them
    assertThatThrownBy(() -> complete(second, Map.of())).hasMessageContaining("De genomen maatregelen");
    assertThat(tasks.getVariable(second.getId(), "measuresTaken")).isEqualTo("");
    assertThat(records.responses(cycleKey, (Integer) runtime.getVariable(warning.getId(), "warningNumber")))
        .extracting(WarningResponse::getGroupId).containsExactly(firstGroup);
    runtime.deleteProcessInstance(warning.getId(), "test clean-up");
  }

  @Test
  void aLowWarningAfterALateAssessmentIsRecordedWithoutSharingAndNotifiedToTheEu() {
    ProcessInstance warning = startWarning("sciensano", cycleKey, signal(EngineClock.today().minusDays(10)));
    moveClockTo(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofHours(25).toMillis()), warning);
    Task followUp = single(warning, "followUpLateAssessment");
    assertThat(groups(followUp)).containsExactlyInAnyOrder("gdpcChair", "gdpcDeputyChair");
    complete(followUp, Map.of("followUpNote", "Sciensano gebeld: beoordeling volgt vandaag."));

    complete(single(warning, "assessRisk"), assessment("low", List.of(), false, true));
    assertThat(open(warning, "acknowledgeWarning")).isEmpty();
    assertThat(open(warning, "draftWarningCommunication")).isEmpty();
    complete(single(warning, "notifyEuWarningSystem"), Map.of("euNotifiedOn", EngineClock.today().toString()));
    assertThat(process(warning)).isNull();
    int number = (Integer) history.createHistoricVariableInstanceQuery().processInstanceId(warning.getId())
        .variableName("warningNumber").singleResult().getValue();
    assertThat(records.responses(cycleKey, number)).singleElement()
        .satisfies(r -> assertThat(r.getGroupId()).isEqualTo("sciensano"))
        .satisfies(r -> assertThat(r.getKind()).isEqualTo(WarningResponse.Kind.ESCALATION));
    assertThat(records.warning(cycleKey, number).getRiskLevel()).isEqualTo(RiskLevel.low);
    assertThat(documents.list(cycleKey)).extracting(DocumentSummary::type).doesNotContain(DocumentType.EARLY_WARNING_NOTICE);
  }

  @Test
  void badAssessmentsAreRefusedWith400InDutchAndFrenchAndTheTaskStaysOpen() {
    ProcessInstance warning = startWarning("sciensano", cycleKey, signal(EngineClock.today()));
    Task assess = single(warning, "assessRisk");

    ResponseEntity<JsonNode> unknownGovernment = completeThroughRest(assess, "{\"riskLevel\":{\"value\":\"high\"},"
        + "\"riskReasoning\":{\"value\":\"Zeer potent.\"},\"governments\":{\"value\":\"[\\\"flemish\\\",\\\"atlantis\\\"]\",\"type\":\"Json\"}}");
    assertThat(unknownGovernment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownGovernment.getBody().get("message").asText())
        .contains("Onbekende overheid [atlantis] / Gouvernement inconnu [atlantis]");

    ResponseEntity<JsonNode> noGovernment = completeThroughRest(assess,
        "{\"riskLevel\":{\"value\":\"moderate\"},\"riskReasoning\":{\"value\":\"Lokaal.\"}}");
    assertThat(noGovernment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noGovernment.getBody().get("message").asText()).contains("Kies minstens één betrokken overheid bij een "
        + "matig of hoog risico / Choisissez au moins un gouvernement concerné pour un risque modéré ou élevé");

    ResponseEntity<JsonNode> noReasoning = completeThroughRest(assess, "{\"riskLevel\":{\"value\":\"low\"}}");
    assertThat(noReasoning.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReasoning.getBody().get("message").asText()).contains("De motivering is verplicht / La motivation est obligatoire");

    ResponseEntity<JsonNode> unknownLevel = completeThroughRest(assess,
        "{\"riskLevel\":{\"value\":\"extreme\"},\"riskReasoning\":{\"value\":\"?\"}}");
    assertThat(unknownLevel.getBody().get("message").asText()).contains("'extreme' is geen geldige keuze voor Het risiconiveau");

    assertThat(single(warning, "assessRisk").getId()).as("the task stays open").isEqualTo(assess.getId());
    int number = (Integer) runtime.getVariable(warning.getId(), "warningNumber");
    assertThat(records.warning(cycleKey, number).getRiskLevel()).as("nothing recorded").isNull();

    // a chair's sending back without saying what must change is refused too
    complete(assess, assessment("high", List.of("federal"), false, false));
    complete(single(warning, "draftWarningCommunication"), communication("Versie."));
    Task approve = single(warning, "approveWarningCommunication");
    assertThatThrownBy(() -> complete(approve, Map.of("communicationDecision", "sendBack")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Wat moet veranderen is verplicht / Ce qui doit changer est obligatoire");
    assertThat(single(warning, "approveWarningCommunication").getId()).isEqualTo(approve.getId());
  }

  @Test
  void aSignalDatedInTheFutureOrForAnUnknownCycleIsRefusedWith400AndNothingStarts() {
    String secretariat = TestUsers.memberOf(identity, "gdpcSecretariat");
    ResponseEntity<JsonNode> future = startThroughRest(secretariat, cycleKey, EngineClock.today().plusDays(2));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody().get("message").asText())
        .contains("De datum van het signaal ligt in de toekomst / La date du signal est dans le futur");

    ResponseEntity<JsonNode> unknown = startThroughRest(secretariat, "noSuchCycle", EngineClock.today());
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("message").asText()).contains("Er loopt geen beleidscyclus met sleutel 'noSuchCycle' / "
        + "Aucun cycle politique en cours n'a la clé 'noSuchCycle'");

    ResponseEntity<JsonNode> empty = rest.withBasicAuth(secretariat, TestUsers.DEMO_PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/early-warning/start", json("{\"businessKey\":\"" + cycleKey + "\",\"variables\":{}}"),
        JsonNode.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().get("message").asText()).contains("De stof of dreiging is verplicht / La substance ou menace est obligatoire")
        .contains("De datum van het signaal is verplicht");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(cycleKey)
        .count()).isZero();
  }

  @Test
  void aWarningStartedWithoutKeyBelongsToTheRunningCycleThatCoversTodayAndNeedsOne() {
    // a year no other test's cycle covers: none runs, and the start says so
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2100, 3, 10).atTime(10, 0).atZone(EngineClock.ZONE).toInstant()));
    String provider = TestUsers.memberOf(identity, "sciensano");
    ResponseEntity<JsonNode> none = startThroughRest(provider, null, EngineClock.today());
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(none.getBody().get("message").asText()).contains("Er loopt geen beleidscyclus die 2100 dekt")
        .contains("Aucun cycle politique en cours ne couvre 2100");

    // in 2097, the cycle 2096–2099 started last is the one
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2097, 3, 10).atTime(10, 0).atZone(EngineClock.ZONE).toInstant()));
    String older = "ewolder" + UUID.randomUUID().toString().substring(0, 8);
    startCycle(older, 2096, 2099);
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
    String latest = "ewlatest" + UUID.randomUUID().toString().substring(0, 8);
    startCycle(latest, 2097, 2100);
    ProcessInstance warning = startWarning("sciensano", null, signal(EngineClock.today()));
    assertThat(warning.getBusinessKey()).isEqualTo(latest);
    Task assess = single(warning, "assessRisk");
    assertThat(tasks.getVariable(assess.getId(), "cycleKey")).isEqualTo(latest);
    assertThat(tasks.getVariable(assess.getId(), "phaseName")).isEqualTo("Vroegtijdige waarschuwing 1 / Alerte précoce 1");
    // a second warning in the cycle is number 2
    assertThat(startWarning("gdpcSecretariat", latest, signal(EngineClock.today())).getBusinessKey()).isEqualTo(latest);
    assertThat(records.warning(latest, 2).getSubstance()).isEqualTo("Nitazenen in namaak-oxycodon");
    runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processDefinitionKey("policy-cycle")
        .processInstanceBusinessKey(older).singleResult().getId(), "test clean-up");
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private void startCycle(String key, int periodStart, int periodEnd) {
    ProcessInstance cycle = runtime.startProcessInstanceByKey("policy-cycle", key,
        Map.of("title", "Early-warning test " + key, "periodStart", periodStart, "periodEnd", periodEnd));
    runJobs(cycle.getId());
  }

  private ProcessInstance startWarning(String group, String key, Map<String, Object> signal) {
    ProcessInstance started = TestUsers.as(identity, TestUsers.memberOf(identity, group),
        () -> runtime.startProcessInstanceByKey(PROCESS, key, signal));
    runJobs(started.getId());
    return started;
  }

  static Map<String, Object> signal(LocalDate date) {
    return Map.of("substance", "Nitazenen in namaak-oxycodon",
        "signalDescription", "Drie intoxicaties met ademhalingsdepressie na gebruik van valse oxycodontabletten.",
        "signalSource", "Toxicologisch labo UZ Gent", "signalDate", date.toString(), "geography", "Antwerpen, Gent");
  }

  private static Map<String, Object> assessment(String level, List<String> governments, boolean crime, boolean eu) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("riskLevel", level);
    form.put("riskReasoning", "Zeer potente synthetische opioïden; verspreid via online verkoop.");
    form.put("governments", governments);
    form.put("crimeRelated", crime);
    form.put("notifyEu", eu);
    return form;
  }

  private static Map<String, Object> communication(String nl) {
    return Map.of("communicationNl", nl, "communicationFr", nl.replace("Eerste versie", "Première version")
        .replace("Tweede versie", "Deuxième version"));
  }

  private ProcessInstance process(ProcessInstance warning) {
    return runtime.createProcessInstanceQuery().processInstanceId(warning.getId()).singleResult();
  }

  private List<Task> open(ProcessInstance warning, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(warning.getId()).taskDefinitionKey(taskKey).orderByTaskId().asc().list();
  }

  private Task single(ProcessInstance warning, String taskKey) {
    List<Task> found = open(warning, taskKey);
    assertThat(found).as("open %s", taskKey).hasSize(1);
    return found.get(0);
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  private String candidateGroup(Task task) {
    return groups(task).get(0);
  }

  /** Completes the task as a member of its candidate group, with that user's authorizations, then runs its jobs. */
  private void complete(Task task, Map<String, Object> variables) {
    TestUsers.as(identity, TestUsers.memberOf(identity, candidateGroup(task)), () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
    runJobs(task.getProcessInstanceId());
  }

  /** Executes the process instance's due jobs (never another test's), until none is left. */
  private void runJobs(String processInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Jobs keep coming");
  }

  private void moveClockTo(Date time, ProcessInstance warning) {
    ClockUtil.setCurrentTime(time);
    runJobs(warning.getId());
  }

  private ResponseEntity<JsonNode> completeThroughRest(Task task, String variables) {
    return rest.withBasicAuth(TestUsers.memberOf(identity, candidateGroup(task)), TestUsers.DEMO_PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete", json("{\"variables\":" + variables + "}"), JsonNode.class);
  }

  private ResponseEntity<JsonNode> startThroughRest(String user, String businessKey, LocalDate signalDate) {
    String variables = "{\"substance\":{\"value\":\"Xylazine\"},\"signalDescription\":{\"value\":\"Gemengd met heroïne.\"},"
        + "\"signalSource\":{\"value\":\"Drugcheckingdienst\"},\"signalDate\":{\"value\":\"" + signalDate + "\"},"
        + "\"geography\":{\"value\":\"Brussel\"}}";
    String key = businessKey == null ? "" : "\"businessKey\":\"" + businessKey + "\",";
    return rest.withBasicAuth(user, TestUsers.DEMO_PASSWORD).postForEntity("/engine-rest/process-definition/key/early-warning/start",
        json("{" + key + "\"variables\":" + variables + "}"), JsonNode.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
