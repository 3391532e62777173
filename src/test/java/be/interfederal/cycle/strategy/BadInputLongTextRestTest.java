package be.interfederal.cycle.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.advisory.AdvisoryRecords;
import be.interfederal.cycle.strategy.analysis.AnalysisRecords;
import be.interfederal.cycle.strategy.analysis.Contribution;
import be.interfederal.cycle.strategy.analysis.ForesightTrend;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.earlywarning.EarlyWarning;
import be.interfederal.cycle.strategy.earlywarning.EarlyWarningRecords;
import be.interfederal.cycle.strategy.evaluation.EvaluationKind;
import be.interfederal.cycle.strategy.evaluation.EvaluationRecords;
import be.interfederal.cycle.strategy.mestrategy.Frequency;
import be.interfederal.cycle.strategy.mestrategy.Indicator;
import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.monitoring.MonitoringRecords;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A free text longer than it may be, in each form that stores one, sent as Tasklist sends it (POST
 * /engine-rest/task/{id}/complete, as a member of the task's candidate group): 400 naming the field in Dutch and
 * French, the task still open, nothing recorded; the same form with the text exactly at its limit is recorded.
 * Each task is parked with the engine's own instantiation (start before the task) on a registered cycle.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputLongTextRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int TOO_LONG = 100_000;
  private static final int VARIABLE = FormInput.VARIABLE_LENGTH;
  /** A multi-instance task started on its own needs the instance's element variable. */
  private static final Map<String, Object> PROVIDER = Map.of("dataProvider", "sciensano");

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired CycleRegistry registry;
  @Autowired Cycles cycles;
  @Autowired AnalysisRecords analysis;
  @Autowired AdvisoryRecords advisory;
  @Autowired DraftingRecords drafting;
  @Autowired EarlyWarningRecords warnings;
  @Autowired EvaluationRecords evaluations;
  @Autowired MeStrategyRecords strategies;
  @Autowired MonitoringRecords monitoring;

  private final List<String> started = new ArrayList<>();

  /**
   * One form's free text: where its task is, what to set up before it, the submission with {@code text} in the
   * field under test, the limit and the field's labels in the message, and what the form records.
   */
  record Case(String name, String process, String task, Map<String, Object> variables, Setup setup,
      Function<String, Map<String, Object>> form, int limit, String labelNl, String labelFr, boolean exactAccepted,
      BiFunction<String, String, Object> stored) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** What the task's listener expects to exist already, given the cycle's key and the instance's id. */
  interface Setup {
    void prepare(String key, String instanceId);
  }

  Stream<Case> forms() {
    Setup none = (key, id) -> { };
    return Stream.of(
        new Case("consolidated analysis", "situation-analysis", "consolidateAnalysis", Map.of(), none,
            t -> Map.of("consolidation", t), VARIABLE, "De geconsolideerde analyse", "L'analyse consolidée", true,
            (key, id) -> cycles.cycle(key).getConsolidation()),
        new Case("a field the form does not have", "situation-analysis", "consolidateAnalysis", Map.of(), none,
            t -> Map.of("consolidation", "Geconsolideerd.", "remarks", t), VARIABLE, "Het veld remarks",
            "Le champ remarks", false, (key, id) -> cycles.cycle(key).getConsolidation()),
        new Case("foresight trend", "situation-analysis", "recordForesight", Map.of(), none,
            t -> Map.of("trends", List.of(Map.of("trend", t, "priority", "high")), "workshopDate", "2029-02-12",
                "workshopValidated", true),
            ForesightTrend.TREND_LENGTH, "Trend 1, de omschrijving", "Tendance 1, la description", true,
            (key, id) -> cycles.cycle(key).getForesightTrends()),
        new Case("foresight flag", "situation-analysis", "recordForesight", Map.of(), none,
            t -> Map.of("trends", List.of(Map.of("trend", "Meer synthetische opioïden", "priority", "high")),
                "workshopDate", "2029-02-12", "workshopValidated", t),
            VARIABLE, "Gevalideerd door de workshop", "Validé par l'atelier", false,
            (key, id) -> cycles.cycle(key).getForesightTrends()),
        new Case("contribution unit", "situation-analysis", "deliverContribution", PROVIDER, none,
            t -> contribution("unit", t), Contribution.UNIT_LENGTH, "Indicator 1, de eenheid", "Indicateur 1, l'unité",
            true, (key, id) -> analysis.contributions(key)),
        new Case("contribution source", "situation-analysis", "deliverContribution", PROVIDER, none,
            t -> contribution("source", t), Contribution.SOURCE_LENGTH, "Indicator 1, de bron",
            "Indicateur 1, la source", true, (key, id) -> analysis.contributions(key)),
        new Case("recommendation", "advisory-panel", "recommendOnObjective", Map.of("objectiveNumber", 1), none,
            t -> Map.of("recommendationNl", t, "recommendationFr", "Renforcer la prévention."), VARIABLE,
            "De aanbeveling in het Nederlands", "La recommandation en néerlandais", true,
            (key, id) -> advisory.recommendations(key)),
        new Case("drafting closure", "gdpc-drafting", "closeDrafting", Map.of("roundNumber", 1, "approvalSubject", "strategy"),
            (key, id) -> drafting.openRound(key, ApprovalSubject.strategy, null),
            t -> Map.of("decisionProposal", t), VARIABLE, "Het voorstel van beslissing", "La proposition de décision", true,
            (key, id) -> drafting.round(key, ApprovalSubject.strategy, 1).getDecisionProposal()),
        new Case("warning communication", "early-warning", "draftWarningCommunication", Map.of(),
            (key, id) -> warnings.register(key, id, new EarlyWarning.Signal("Nitazenen", "Overlijdens in Antwerpen.",
                "Sciensano", LocalDate.now(), "Antwerpen"), "test"),
            t -> Map.of("communicationNl", "Waarschuwing.", "communicationFr", t), VARIABLE, "De communicatie (FR)",
            "La communication (FR)", true,
            (key, id) -> warnings.warning(key, warnings.numberOf(id)).getCommunication("fr")),
        new Case("evaluation findings", "evaluation", "deliverEvaluation", Map.of("evaluationKind", "midTerm"), none,
            t -> Map.of("findingsNl", "Bevindingen.", "findingsFr", "Constats.", "recommendationsNl", t,
                "recommendationsFr", "Recommandations."), VARIABLE, "De aanbevelingen (NL)", "Les recommandations (NL)",
            true, (key, id) -> evaluations.find(key, EvaluationKind.midTerm).map(e -> e.getRecommendations("nl"))),
        new Case("panel opinion", "monitoring-evaluation-strategy", "givePanelOpinion",
            Map.of("approvalSubject", "meStrategy"), (key, id) -> strategies.draft(key, List.of(new Indicator(
                new LocalizedText("Cannabisgebruik", "Usage de cannabis", null), "1.1", IndicatorKind.quantitative,
                "sciensano", "7.6", 2023, null, Frequency.yearly, true)), "04-01", LocalDate.of(2031, 6, 30),
                LocalDate.of(2032, 12, 31), "test"),
            t -> Map.of("panelOpinionNl", t, "panelOpinionFr", "Avis favorable."), VARIABLE,
            "Het advies in het Nederlands", "L'avis en néerlandais", true,
            (key, id) -> strategies.strategy(key).getPanelOpinionNl()),
        // the round opens as the process opens it; with no indicators and no actions yet, no one else is asked first
        new Case("monitoring summary", "monitoring-round", "consolidateMonitoring", Map.of("monitoringYear", 2031),
            none,
            t -> Map.of("summaryNl", "Samenvatting.", "summaryFr", t, "amendmentProposed", false), VARIABLE,
            "De samenvatting (FR)", "La synthèse (FR)", true, (key, id) -> monitoring.round(id).getSummary("fr")));
  }

  @AfterEach
  void cleanUp() {
    started.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtime.deleteProcessInstance(id, "test clean-up"));
    started.clear();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void aTextLongerThanItsLimitIsRefusedAndOneAtTheLimitIsRecorded(Case form) throws Exception {
    String key = cycle();
    String instance = park(form, key);
    Task task = task(key, form.task());

    ResponseEntity<JsonNode> refused = complete(task, form.form().apply("x".repeat(TOO_LONG)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains(form.labelNl() + ": hoogstens " + form.limit() + " tekens")
        .contains(form.labelFr() + " : au plus " + form.limit() + " caractères");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(recorded(form.stored().apply(key, instance))).as("nothing recorded").isFalse();

    if (form.exactAccepted()) {
      ResponseEntity<JsonNode> accepted = complete(task, form.form().apply("x".repeat(form.limit())));

      assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task completed").isZero();
      assertThat(recorded(form.stored().apply(key, instance))).as("recorded").isTrue();
    }
  }

  private static Map<String, Object> contribution(String field, String text) {
    Map<String, Object> indicator = new LinkedHashMap<>(((List<Map<String, Object>>) CycleDriver.contribution()
        .get("indicators")).get(0));
    indicator.put(field, text);
    return Map.of("indicators", List.of(indicator), "dataGaps", "Geen gegevens over lachgas.");
  }

  private static boolean recorded(Object stored) {
    return stored instanceof Optional<?> optional ? optional.isPresent()
        : stored instanceof Collection<?> list ? !list.isEmpty() : stored != null;
  }

  private String cycle() {
    String key = "long" + UUID.randomUUID().toString().substring(0, 8);
    registry.register(key, CycleDriver.TITLE, 2030, 2033, null);
    return key;
  }

  /** Starts the phase's process at the task, as a cycle that reached it would be, and prepares what it reads. */
  private String park(Case form, String key) {
    Map<String, Object> variables = new LinkedHashMap<>(Map.of("cycleTitle", CycleDriver.TITLE, "phaseName", "test",
        "periodStart", 2030, "periodEnd", 2033));
    variables.putAll(form.variables());
    String start = form.task().equals("consolidateMonitoring") ? "openMonitoringRound" : form.task();
    String id = runtime.createProcessInstanceByKey(form.process()).businessKey(key).setVariables(variables)
        .startBeforeActivity(start).execute().getId();
    started.add(id);
    management.createJobQuery().processInstanceId(id).executable().list().forEach(j -> management.executeJob(j.getId()));
    form.setup().prepare(key, id);
    return id;
  }

  private Task task(String key, String definitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey(definitionKey).list().get(0);
  }

  /** Completes the task as a member of its candidate group, as Tasklist does: lists as Json variables. */
  private ResponseEntity<JsonNode> complete(Task task, Map<String, Object> form) throws Exception {
    String group = tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .findFirst().orElseThrow().getGroupId();
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, value instanceof List<?> || value instanceof Map<?, ?>
        ? Map.of("type", "Json", "value", write(value)) : Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(TestUsers.memberOf(identity, group), TestUsers.DEMO_PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete",
        new HttpEntity<>(write(Map.of("variables", variables)), headers), JsonNode.class);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
