package be.interfederal.cycle.strategy;

import be.interfederal.cycle.strategy.mestrategy.Confirmation;
import be.interfederal.cycle.strategy.mestrategy.MeIndicator;
import be.interfederal.cycle.strategy.mestrategy.MeStrategyRecords;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.actionplan.PlanFollowUp;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.documents.TemplateContractTest;
import be.interfederal.cycle.strategy.process.DocumentModels;
import be.interfederal.cycle.strategy.drafting.ObjectiveDraft;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationRecords;
import static be.interfederal.cycle.support.CycleDriver.action;
import static be.interfederal.cycle.support.CycleDriver.actions;
import static be.interfederal.cycle.support.CycleDriver.contribution;
import static be.interfederal.cycle.support.CycleDriver.draft;
import static be.interfederal.cycle.support.CycleDriver.foresight;
import static be.interfederal.cycle.support.CycleDriver.indicator;
import static be.interfederal.cycle.support.CycleDriver.mandate;
import static be.interfederal.cycle.support.CycleDriver.meStrategy;
import static be.interfederal.cycle.support.CycleDriver.positions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import be.interfederal.cycle.strategy.drafting.consultation.ConsultationFollowUp;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.drafting.DraftingRoundRepository;
import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentSummary;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Condition;
// operaton:omit-begin (process-test-coverage is Camunda-only; see README "Running on Operaton")
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
// operaton:omit-end
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.mockito.Mockito;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the strategy cycle's models, walked by the real users through the Java API: the loops (analysis
 * sent back, panel set incomplete, objection → new round, postponed, amendments, rejection), and the reminder and
 * escalation of a late consultation, driven by executing the timer jobs.
 */
@ApplicationTest
// operaton:omit-begin (process-test-coverage is Camunda-only; see README "Running on Operaton")
@Import({ProcessEngineCoverageConfiguration.class, PolicyCycleProcessTest.FullCoverage.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
// operaton:omit-end
class PolicyCycleProcessTest {

  // operaton:omit-begin (process-test-coverage is Camunda-only; see README "Running on Operaton")
  /**
   * The suite must cover every flow node and sequence flow of the cycle's models; report in
   * target/process-test-coverage. The early warning runs beside the cycle and has its own test (EarlyWarningProcessTest).
   */
  @TestConfiguration
  static class FullCoverage {
    @Bean
    @Primary
    ProcessEngineCoverageProperties fullCoverage() {
      return new ProcessEngineCoverageProperties(false, true, List.of("early-warning"),
          List.of(new Condition<>(coverage -> coverage >= 1.0, "every flow node and sequence flow covered")),
          Map.of(), List.of(), "target/process-test-coverage");
    }
  }
  // operaton:omit-end

  private static final int OBJECTIVES = 6;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired ConsultationRecords consultationRecords;
  @Autowired Cycles cycles;
  @Autowired DraftingRecords draftingRecords;
  @Autowired DraftingRoundRepository rounds;
  @Autowired DocumentModels models;
  @Autowired ActionPlanRecords actionPlanRecords;
  @Autowired MeStrategyRecords meStrategyRecords;
  @Autowired CycleRegistry registry;
  @MockitoSpyBean DocumentService documents;

  private CycleDriver cycle;

  @BeforeEach
  void newCycle() {
    BpmnAwareTests.init(engine);
    cycle = new CycleDriver(runtime, tasks, management, identity, "cycle" + UUID.randomUUID().toString().substring(0, 8));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aWholeCycleWithEveryLoopEndsWithAnApprovedPublishedStrategy() throws Exception {
    ProcessInstance instance = cycle.start(2030, 2033, null);
    assertThat(instance).isActive();
    Cycle registered = cycles.cycle(cycle.businessKey());
    assertThat(registered.getSourceStrategy()).isEqualTo("strategy20262029");
    assertThat(cycles.objectiveCount(cycle.businessKey())).isEqualTo(OBJECTIVES);

    // 1. mandate
    cycle.complete(cycle.single("recordMandate"), mandate());
    assertThat(cycles.cycle(cycle.businessKey()).getScopeCategories()).contains("illegalDrugs");

    // 2. situation analysis: every data provider in parallel, foresight, consolidation, sent back once
    // DJSOC, NICC, FAGG and Customs deliver through Sciensano (the Reitox focal point); BELSPO funds research
    assertThat(cycle.open("deliverContribution")).extracting(cycle::candidateGroup)
        .containsExactlyInAnyOrder("sciensano", "vad", "eurotox");
    cycle.completeAll("deliverContribution", t -> contribution());
    cycle.complete(cycle.single("recordForesight"), foresight());
    cycle.complete(cycle.single("consolidateAnalysis"), Map.of("consolidation", "Eerste consolidatie."));
    cycle.complete(cycle.single("validateAnalysis"), Map.of("analysisDecision", "sendBack",
        "validationRemarks", "Voeg de gegevens over de drugsmarkt toe."));
    cycle.complete(cycle.single("consolidateAnalysis"), Map.of("consolidation", "Aangevulde consolidatie met de markt."));
    cycle.complete(cycle.single("validateAnalysis"), Map.of("analysisDecision", "validated"));
    assertThat(cycles.cycle(cycle.businessKey()).getConsolidation()).contains("markt");

    // 3. advisory panel: one recommendation per objective; the set is revised once
    assertThat(cycle.open("recommendOnObjective")).hasSize(OBJECTIVES);
    cycle.completeAll("recommendOnObjective", t -> Map.of("recommendationNl", "Aanbeveling", "recommendationFr", "Recommandation"));
    cycle.complete(cycle.single("validateRecommendations"), Map.of("panelDecision", "incomplete"));
    assertThat(cycle.open("recommendOnObjective")).hasSize(OBJECTIVES);
    cycle.completeAll("recommendOnObjective", t -> Map.of("recommendationNl", "Herziene aanbeveling", "recommendationFr", "Recommandation révisée"));
    cycle.complete(cycle.single("validateRecommendations"), Map.of("panelDecision", "complete"));

    // 4. drafting: round 1 has an objection, round 2 none
    LocalDate due = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21);
    cycle.complete(cycle.single("draftStrategy"), draft(due));
    List<Task> consultation = cycle.open("givePosition");
    assertThat(consultation).hasSize(52);
    assertThat(consultation.get(0).getDueDate()).isNotNull();
    Task objecting = consultation.get(0);
    cycle.complete(objecting, positions("objection", "Doelstelling 1 moet de preventie in het onderwijs noemen.", OBJECTIVES));
    for (Task task : consultation.subList(1, consultation.size())) {
      cycle.complete(task, positions("agree", null, OBJECTIVES));
    }
    assertThat(rounds.findByCycleKeyAndSubjectOrderByNumber(cycle.businessKey(), ApprovalSubject.strategy)).hasSize(2);
    assertThat(draftingRecords.round(cycle.businessKey(), ApprovalSubject.strategy, 1).getObjectionCount()).isEqualTo(1);
    // the second draft starts from the objection, shown with the objective it is about
    String rowsOfRoundTwo = tasks.getVariable(cycle.single("draftStrategy").getId(), "objectives").toString();
    assertThat(rowsOfRoundTwo).contains("\"previousRemarks\":[{").contains("\"objection\":true")
        .contains("Doelstelling 1 moet de preventie in het onderwijs noemen.");
    assertThat(tasks.getVariable(cycle.single("draftStrategy").getId(), "changesSummary"))
        .as("a round starts without the previous round's summary").isEqualTo("");
    cycle.complete(cycle.single("draftStrategy"), draft(due));
    cycle.completeAll("givePosition", t -> positions("agreeWithRemarks", "Akkoord, met een taalkundige opmerking.", OBJECTIVES));
    cycle.complete(cycle.single("closeDrafting"), Map.of("decisionProposal", "De TVD keurt de strategie goed."));

    // 5. TMD: postponed, then approved with amendments (back to drafting), then approved
    approvalRound("postponed", "Agenda te vol.");
    assertThat(cycle.open("scheduleMeeting")).hasSize(1);
    approvalRound("approvedWithAmendments", "Verduidelijk doelstelling 3.");
    assertThat(cycle.open("draftStrategy")).hasSize(1);
    assertThat(draftingRecords.round(cycle.businessKey(), ApprovalSubject.strategy, 3).getTmdRemarks()).isEqualTo("Verduidelijk doelstelling 3.");
    cycle.complete(cycle.single("draftStrategy"), draft(due));
    cycle.completeAll("givePosition", t -> positions("agree", null, OBJECTIVES));
    cycle.complete(cycle.single("closeDrafting"), Map.of("decisionProposal", "Goedkeuring na amendement."));
    approvalRound("approved", null);
    assertThat(instance).hasPassed("generateFinalStrategy", "generatePressRelease", "strategyPublished");

    // 6. the CNDC's action plan: sent back once by the secretariat, then accepted
    Task cndcDraft = cycle.single("draftCndcActions");
    assertThat(cycle.candidateGroup(cndcDraft)).isEqualTo("cndc");
    assertThat(cndcDraft.getDueDate()).isEqualTo(Date.from(LocalDate.of(2030, 6, 30).atTime(17, 0)
        .atZone(ZoneId.of("Europe/Brussels")).toInstant()));
    cycle.complete(cndcDraft, actions(List.of(action("Havens beveiligen tegen drugssmokkel", List.of("3.1"),
        "2030-01-01", "2031-12-31", 1250000))));
    cycle.complete(cycle.single("checkCndcCoherence"), Map.of("coherenceDecision", "sendBack",
        "coherenceRemarks", "Voeg de aanpak van witwassen toe (3.4)."));
    Task revision = cycle.single("draftCndcActions");
    assertThat(tasks.getVariable(revision.getId(), "previousRemarks")).isEqualTo("Voeg de aanpak van witwassen toe (3.4).");
    assertThat(tasks.getVariable(revision.getId(), "actions").toString()).contains("Havens beveiligen tegen drugssmokkel");
    cycle.complete(revision, actions(List.of(
        action("Havens beveiligen tegen drugssmokkel", List.of("3.1"), "2030-01-01", "2031-12-31", "1250000.50"),
        action("Witwassen van drugsgeld aanpakken", List.of("3.4", "3.8"), "2030-06-01", "2033-06-30", null))));
    cycle.complete(cycle.single("checkCndcCoherence"), Map.of("coherenceDecision", "accepted"));
    assertThat(actionPlanRecords.actions(cycle.businessKey(), ActionPlanKind.cndc)).extracting(a -> a.getTitle().getNl())
        .containsExactly("Havens beveiligen tegen drugssmokkel", "Witwassen van drugsgeld aanpakken");
    assertThat(documents.list(cycle.businessKey())).filteredOn(d -> d.type() == DocumentType.CNDC_ACTION_PLAN)
        .extracting(DocumentSummary::version).contains(1, 2);

    // 6b. the interfederal action plan, in parallel: proposals, consolidation, one agreeing round, closing, approval
    walkActionPlan(false);
    // 6c. the monitoring and evaluation strategy, in parallel: indicators confirmed, the panel's opinion, approval
    walkMeStrategy(false);

    assertThat(instance).hasPassed("cndcActionPlanPhase", "actionPlanPhase", "meStrategyPhase", "actionPlansDone",
        "actionPlansAdopted");

    // 7. the yearly monitoring rounds, and the mid-term and final evaluations, on the dates of the M&E strategy
    assertThat(instance).isWaitingAt("midTermEvaluationDue", "finalEvaluationDue", "nextCycleDue", "monitoringRoundDue");
    monitor(instance, 2031, Round.SENT_BACK_AND_AMENDED);
    evaluate(instance, "midTermEvaluationDue", "2031-06-30");
    monitor(instance, 2032, Round.LATE);
    evaluate(instance, "finalEvaluationDue", "2032-12-31");
    monitor(instance, 2033, Round.PLAIN);
    // the closing round, after the period, on its last year
    monitor(instance, 2034, Round.PLAIN);
    assertThat(instance).hasPassed("monitoringRoundPhase").isNotWaitingAt("monitoringRoundDue");
    assertThat(documents.list(cycle.businessKey())).filteredOn(d -> d.type() == DocumentType.MONITORING_REPORT
        && d.language().equals("fr") && d.format().name().equals("PDF")).extracting(DocumentSummary::version)
        .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThat(documents.list(cycle.businessKey())).extracting(d -> d.type().name() + ":" + d.language())
        .contains("EU_REPORTING_ANNEX:en", "EU_REPORTING_ANNEX:nl", "EU_REPORTING_ANNEX:fr");
    assertThat(documents.list(cycle.businessKey())).filteredOn(d -> d.type() == DocumentType.EVALUATION_REPORT
        && d.language().equals("nl")).extracting(DocumentSummary::version).contains(1, 2);
    assertThat(instance).hasPassed("midTermEvaluationPhase", "finalEvaluationPhase").isWaitingAt("nextCycleDue");

    // 8. on 1 January of the period's last year the TMD secretariat starts the next cycle, which builds on this one
    Job nextCycleDue = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(nextCycleDue.getDuedate()).isEqualTo(Date.from(LocalDate.of(2033, 1, 1).atTime(9, 0)
        .atZone(ZoneId.of("Europe/Brussels")).toInstant()));
    management.executeJob(nextCycleDue.getId());
    Task next = cycle.single("startNextCycle");
    assertThat(tasks.getVariable(next.getId(), "nextCycleTitle")).isEqualTo("Interfederale drugsstrategie 2034–2037");
    assertThat(tasks.getVariable(next.getId(), "nextPeriodStart")).isEqualTo(2034);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(next, Map.of("nextCycleTitle",
            "Interfederale drugsstrategie 2029–2032", "nextPeriodStart", 2029, "nextPeriodEnd", 2032)))
        .hasMessageContaining("De volgende cyclus begint na 2030 en uiterlijk in 2034")
        .hasMessageContaining("Le cycle suivant commence après 2030 et au plus tard en 2034");
    cycle.complete(next, Map.of("nextCycleTitle", "Interfederale drugsstrategie 2034–2038", "nextPeriodStart", 2034,
        "nextPeriodEnd", 2038));
    assertThat(instance).isEnded().hasPassed("cycleDone", "cycleCompleted");
    String nextKey = (String) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("nextCycleKey").singleResult().getValue();
    Cycle successor = cycles.cycle(nextKey);
    assertThat(successor.getPredecessorKey()).isEqualTo(cycle.businessKey());
    assertThat(successor.getSourceStrategy()).isEqualTo(cycle.businessKey());
    assertThat(successor.getVision()).isEqualTo(cycles.cycle(cycle.businessKey()).getVision());
    assertThat(cycles.objectiveCount(nextKey)).isEqualTo(OBJECTIVES);
    // the final evaluation feeds the next cycle's situation analysis: its consolidation form and its report
    CycleDriver successorDriver = new CycleDriver(runtime, tasks, management, identity, nextKey);
    successorDriver.complete(successorDriver.single("recordMandate"), mandate());
    successorDriver.completeAll("deliverContribution", t -> contribution());
    successorDriver.complete(successorDriver.single("recordForesight"), foresight());
    assertThat((String) tasks.getVariable(successorDriver.single("consolidateAnalysis").getId(), "previousFinalEvaluation"))
        .contains("Eindevaluatie van de vorige cyclus", "Aanbevelingen", "/api/cycles/" + cycle.businessKey() + "/documents/latest/EVALUATION_REPORT/fr/pdf");
    assertThat((String) models.build(DocumentType.SITUATION_ANALYSIS_REPORT, nextKey, "fr", null, ApprovalSubject.strategy)
        .get("previousEvaluation")).contains("Constats", "Recommandations", "Réponse");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(nextKey).processDefinitionKey("policy-cycle")
        .count()).isEqualTo(1);
    Cycle approved = cycles.cycle(cycle.businessKey());
    assertThat(approved.getStatus()).isEqualTo(Cycle.Status.APPROVED);
    assertThat(approved.getApprovedOn()).isNotNull();
    // the templates show exactly what the real model builders give for this cycle (round 2 answered the objection)
    // (the early warning's notice is checked against a real warning by EarlyWarningProcessTest)
    TemplateContractTest.assertTemplatesShow(java.util.EnumSet.complementOf(java.util.EnumSet.of(DocumentType.EARLY_WARNING_NOTICE)),
        (type, language) -> models.build(type, cycle.businessKey(), language, 2, ApprovalSubject.strategy));
    List<DocumentSummary> docs = documents.list(cycle.businessKey());
    assertThat(docs).extracting(d -> d.type().name() + ":" + d.language() + ":" + d.format())
        .contains("FINAL_STRATEGY:nl:DOCX", "FINAL_STRATEGY:fr:PDF", "FINAL_STRATEGY:en:PDF", "PRESS_RELEASE:en:DOCX",
            "SITUATION_ANALYSIS_REPORT:nl:PDF", "ADVISORY_REPORT:nlfr:PDF", "TMD_DECISION_FILE:fr:DOCX",
            "CONSULTATION_DRAFT:nl:PDF", "POSITION_SYNTHESIS:fr:PDF");
    // versions are kept: three drafting rounds, three consultation drafts per language
    assertThat(docs).filteredOn(d -> d.type().name().equals("CONSULTATION_DRAFT") && d.language().equals("nl")
        && d.format().name().equals("PDF")).extracting(DocumentSummary::version).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void aRejectedStrategyGoesBackToDrafting() {
    cycle.start(2030, 2031, "strategy20242025");
    walkToApproval();
    approvalRound("rejected", "Onvoldoende draagvlak.");
    assertThat(cycle.open("draftStrategy")).hasSize(1);
    assertThat(draftingRecords.round(cycle.businessKey(), ApprovalSubject.strategy, 2).getTmdRemarks()).isEqualTo("Onvoldoende draagvlak.");
    assertThat(cycles.cycle(cycle.businessKey()).getSourceStrategy()).isEqualTo("strategy20242025");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSecretariatRedraftsTheObjectivesAndAnIncompleteDraftIsRefused() throws Exception {
    cycle.start(2030, 2031, "strategy20242025");
    walkToDrafting();
    Task draft = cycle.single("draftStrategy");
    List<Map<String, Object>> rows = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariable(draft.getId(), "objectives"))
        .mapTo(List.class);
    assertThat(rows).extracting(r -> r.get("number")).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(rows.get(0).get("recommendationNl")).isEqualTo("Aanbeveling");
    List<Map<String, Object>> first = (List<Map<String, Object>>) rows.get(0).get("specifics");
    int specificsOfOne = first.size();
    assertThat(first.get(0).get("code")).isEqualTo("1.1");
    String secondOfTwo = (String) ((List<Map<String, Object>>) rows.get(1).get("specifics")).get(1).get("titleNl");

    // objective 6 left out and a specific objective without French: refused, nothing changes, the task stays open
    List<Map<String, Object>> incomplete = copy(rows.subList(0, 5));
    ((List<Map<String, Object>>) incomplete.get(0).get("specifics")).add(Map.of("titleNl", "Alleen in het Nederlands"));
    Map<String, Object> refused = new java.util.HashMap<>(draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));
    refused.put("objectives", org.camunda.spin.Spin.JSON(incomplete));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(draft, refused))
        .hasMessageContaining("Specifieke doelstelling 1." + (specificsOfOne + 1) + " (Frans) is verplicht")
        .hasMessageContaining("L'objectif spécifique 1." + (specificsOfOne + 1) + " (français) est obligatoire")
        .hasMessageContaining("Strategische doelstelling 6 ontbreekt / L'objectif stratégique 6 manque");
    assertThat(cycle.open("draftStrategy")).hasSize(1);
    assertThat(draftingRecords.objectives(cycle.businessKey()).get(0).specifics()).hasSize(specificsOfOne);

    // objectives that are not a list of rows: refused as bad input, not a server fault
    for (Object malformed : List.of("{\"number\": 1}", "not json", org.camunda.spin.Spin.JSON("[1, null]"))) {
      Map<String, Object> garbled = new java.util.HashMap<>(draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));
      garbled.put("objectives", malformed);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(draft, garbled))
          .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
          .hasMessageContaining("De strategische doelstellingen (geen lijst van rijen ontvangen) / Les objectifs stratégiques (aucune liste de lignes reçue)");
    }

    // objective 3 retitled, a specific objective added to 1, the first of 2 removed, the scope rewritten
    List<Map<String, Object>> edited = copy(rows);
    edited.get(2).put("titleNl", "Aanbod en criminaliteit terugdringen");
    edited.get(2).put("titleFr", "Réduire l'offre et la criminalité");
    ((List<Map<String, Object>>) edited.get(0).get("specifics"))
        .add(Map.of("titleNl", "Preventie op school versterken", "titleFr", "Renforcer la prévention à l'école"));
    ((List<Map<String, Object>>) edited.get(1).get("specifics")).remove(0);
    Map<String, Object> accepted = new java.util.HashMap<>(draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));
    accepted.put("objectives", org.camunda.spin.Spin.JSON(edited));
    accepted.put("scopeNl", "Illegale drugs, alcohol, tabak, psychoactieve medicatie en gokken.");
    accepted.put("scopeFr", "Drogues illégales, alcool, tabac, médicaments psychoactifs et jeux de hasard.");
    cycle.complete(draft, accepted);

    List<ObjectiveDraft.Objective> stored = draftingRecords.objectives(cycle.businessKey());
    assertThat(stored.get(0).specifics()).hasSize(specificsOfOne + 1);
    assertThat(stored.get(0).specifics().get(specificsOfOne).getFr()).isEqualTo("Renforcer la prévention à l'école");
    assertThat(stored.get(1).specifics().get(0).getNl()).isEqualTo(secondOfTwo);
    assertThat(stored.get(1).specifics()).hasSize(((List<?>) rows.get(1).get("specifics")).size() - 1);
    assertThat(stored.get(2).title().getNl()).isEqualTo("Aanbod en criminaliteit terugdringen");
    assertThat(cycles.cycle(cycle.businessKey()).getScope().getFr()).startsWith("Drogues illégales, alcool");
    // the cabinets are consulted on the new titles, and the round's draft holds the new specific objective
    Task position = cycle.open("givePosition").get(0);
    assertThat(tasks.getVariable(position.getId(), "positions").toString()).contains("Aanbod en criminaliteit terugdringen");
    DocumentSummary consultationDraft = documents.list(cycle.businessKey()).stream()
        .filter(d -> d.type().name().equals("CONSULTATION_DRAFT") && d.language().equals("nl") && d.format().name().equals("DOCX"))
        .findFirst().orElseThrow();
    try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
            documents.find(consultationDraft.id()).orElseThrow().getContent()));
        var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
      assertThat(text.getText()).contains("1." + (specificsOfOne + 1)).contains("Preventie op school versterken")
          .contains("Aanbod en criminaliteit terugdringen");
    }
  }

  /** A deep copy of form rows, so that a test can edit them. */
  private static List<Map<String, Object>> copy(List<Map<String, Object>> rows) {
    return org.camunda.spin.Spin.JSON(rows).mapTo(List.class);
  }

  @Test
  void aLatePositionIsRemindedBeforeItsDueDateAndEscalatedToTheChairAfterIt() {
    cycle.start(2030, 2033, null);
    walkToConsultation();
    Task late = cycle.open("givePosition").get(0);
    String group = cycle.candidateGroup(late);
    Date dueDate = late.getDueDate();

    ClockUtil.setCurrentTime(new Date(dueDate.getTime() - java.time.Duration.ofDays(2).toMillis()));
    cycle.runJobs();
    assertThat(tasks.createTaskQuery().taskId(late.getId()).singleResult().getPriority()).isEqualTo(80);
    assertThat(consultationRecords.followUps(cycle.businessKey(), ApprovalSubject.strategy, 1)).extracting(ConsultationFollowUp::getKind)
        .contains(ConsultationFollowUp.Kind.REMINDER);
    assertThat(cycle.open("followUpOverduePosition")).isEmpty();

    ClockUtil.setCurrentTime(new Date(dueDate.getTime() + java.time.Duration.ofHours(1).toMillis()));
    cycle.runJobs();
    List<Task> escalations = cycle.open("followUpOverduePosition");
    assertThat(escalations).isNotEmpty();
    assertThat(tasks.getIdentityLinksForTask(escalations.get(0).getId())).extracting(l -> l.getGroupId())
        .contains("gdpcChair", "gdpcDeputyChair");
    Task escalation = escalations.stream().filter(t -> group.equals(tasks.getVariable(t.getId(), "consultedGroup"))).findFirst().orElseThrow();
    cycle.complete(escalation, Map.of("followUpNote", "Kabinet telefonisch gecontacteerd."));
    assertThat(consultationRecords.followUps(cycle.businessKey(), ApprovalSubject.strategy, 1)).extracting(ConsultationFollowUp::getKind)
        .contains(ConsultationFollowUp.Kind.ESCALATION);
    // the overdue task itself stays open until the group answers
    assertThat(tasks.createTaskQuery().taskId(late.getId()).count()).isEqualTo(1);
    cycle.complete(tasks.createTaskQuery().taskId(late.getId()).singleResult(), positions("agree", null, OBJECTIVES));
  }

  @Test
  void aFailingDocumentGenerationBecomesAnIncidentAndIsRecoveredOnRetry() {
    ProcessInstance instance = cycle.start(2030, 2033, null);
    cycle.complete(cycle.single("recordMandate"), mandate());
    cycle.completeAll("deliverContribution", t -> contribution());
    cycle.complete(cycle.single("recordForesight"), foresight());
    Mockito.doThrow(new IllegalStateException("template situation-analysis-report/nl.docx is unreadable"))
        .when(documents).generate(Mockito.eq(cycle.businessKey()), Mockito.any(),
            Mockito.<Map<String, Map<String, Object>>>any(), Mockito.any(), Mockito.any(), Mockito.any());
    Task consolidate = cycle.single("consolidateAnalysis");
    identity.setAuthentication(be.interfederal.cycle.support.TestUsers.memberOf(identity, "gdpcSecretariat"), List.of("gdpcSecretariat"));
    tasks.complete(consolidate.getId(), Map.of("consolidation", "Consolidatie."));
    identity.clearAuthentication();

    // three attempts (R3/PT1M): the job fails, waits a minute, fails again, then becomes an incident
    for (int attempt = 0; attempt < 3; attempt++) {
      Job job = management.createJobQuery().processInstanceId(situationInstance().getId()).singleResult();
      ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + (attempt + 1) * 120_000L));
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        assertThat(expected).hasMessageContaining("unreadable");
      }
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(situationInstance().getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("generateSituationReport");
    assertThat(incident.getIncidentMessage()).contains("unreadable");
    assertThat(cycle.open("validateAnalysis")).isEmpty();
    assertThat(instance).isActive();

    // the template is fixed; an operator retries the job from Cockpit
    Mockito.reset(documents);
    Job failed = management.createJobQuery().processInstanceId(situationInstance().getId()).singleResult();
    management.setJobRetries(failed.getId(), 1);
    management.executeJob(failed.getId());
    assertThat(runtime.createIncidentQuery().processInstanceId(situationInstance().getId()).count()).isZero();
    assertThat(cycle.open("validateAnalysis")).hasSize(1);
    assertThat(documents.list(cycle.businessKey())).filteredOn(d -> d.type().name().equals("SITUATION_ANALYSIS_REPORT"))
        .hasSize(4);
  }

  private ProcessInstance situationInstance() {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey())
        .processDefinitionKey("situation-analysis").singleResult();
  }

  @Test
  void aCycleStartedWithoutABusinessKeyGetsOneFromItsPeriodAndBadInputIsRefused() {
    ProcessInstance first = runtime.startProcessInstanceByKey("policy-cycle",
        Map.of("title", "Strategie 2034–2037", "periodStart", 2034, "periodEnd", 2037));
    ProcessInstance second = runtime.startProcessInstanceByKey("policy-cycle",
        Map.of("title", "Strategie 2034–2037 bis", "periodStart", 2034, "periodEnd", 2037));
    cycle.runJobs();
    assertThat(first.getBusinessKey()).isEqualTo("cycle2034-2037");
    assertThat(second.getBusinessKey()).isEqualTo("cycle2034-2037-2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey("policy-cycle", "bad",
            Map.of("title", "", "periodStart", 2035, "periodEnd", 2031)))
        .hasMessageContaining("De titel is verplicht / Le titre est obligatoire")
        .hasMessageContaining("De periode 2035–2031 is ongeldig");
    assertThat(cycles.exists("bad")).isFalse();
    runtime.deleteProcessInstance(first.getId(), "test clean-up");
    runtime.deleteProcessInstance(second.getId(), "test clean-up");
  }

  @Test
  void aLateCndcPlanIsRemindedAndFollowedUpByTheChairAndBadActionsAreRefused() {
    String key = cycle.businessKey();
    registry.register(key, CycleDriver.TITLE, 2030, 2033, null);
    ProcessInstance plan = runtime.startProcessInstanceByKey("cndc-action-plan", key,
        Map.of("periodStart", 2030, "periodEnd", 2033, "cycleTitle", CycleDriver.TITLE));
    Task draft = cycle.single("draftCndcActions");

    // bad input: refused with the reasons in Dutch and French, nothing recorded, the task stays open
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(draft, actions(List.of(
            action("Buiten de periode", List.of("3.1"), "2029-06-01", "2030-12-31", 1000),
            action("Negatief budget", List.of("3.1"), "2030-01-01", "2030-12-31", -5),
            action("Onbekende doelstelling", List.of("9.9"), "2030-01-01", "2030-12-31", null)))))
        .hasMessageContaining("Actie 1: 2029-06-01 ligt buiten de periode 2030–2033")
        .hasMessageContaining("Action 1 : 2029-06-01 est hors de la période 2030–2033")
        .hasMessageContaining("Actie 2: het budget moet een bedrag in euro zijn van 0 tot")
        .hasMessageContaining("Action 2 : le budget doit être un montant en euros")
        .hasMessageContaining("Actie 3: onbekende specifieke doelstelling(en) [9.9] in deze cyclus")
        .hasMessageContaining("Action 3 : objectif(s) spécifique(s) inconnu(s) [9.9] dans ce cycle");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(draft, actions(List.of())))
        .hasMessageContaining("Minstens één actie is verplicht / Au moins une action est obligatoire");
    assertThat(cycle.open("draftCndcActions")).hasSize(1);
    assertThat(actionPlanRecords.actions(key, ActionPlanKind.cndc)).isEmpty();

    // two weeks before the end of June 2030: reminded; after it: the chair (or the deputy) follows it up
    Date due = draft.getDueDate();
    ClockUtil.setCurrentTime(new Date(due.getTime() - java.time.Duration.ofDays(13).toMillis()));
    cycle.runJobs();
    assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getPriority()).isEqualTo(80);
    assertThat(cycle.open("followUpLateCndcPlan")).isEmpty();
    ClockUtil.setCurrentTime(new Date(due.getTime() + java.time.Duration.ofHours(1).toMillis()));
    cycle.runJobs();
    Task followUp = cycle.single("followUpLateCndcPlan");
    assertThat(tasks.getIdentityLinksForTask(followUp.getId())).extracting(l -> l.getGroupId())
        .contains("gdpcChair", "gdpcDeputyChair");
    cycle.complete(followUp, Map.of("followUpNote", "Commissaris gebeld; plan volgt deze week."));
    assertThat(actionPlanRecords.followUps(key, ActionPlanKind.cndc)).extracting(PlanFollowUp::getKind)
        .containsExactly(ConsultationFollowUp.Kind.REMINDER, ConsultationFollowUp.Kind.ESCALATION);

    // sent back after the due date: the CNDC gets the revision time, so no second follow-up at once
    cycle.complete(draft, actions(List.of(action("Havens beveiligen", List.of("3.1"), "2030-01-01", "2031-12-31", 0))));
    cycle.complete(cycle.single("checkCndcCoherence"), Map.of("coherenceDecision", "sendBack", "coherenceRemarks", "Te beperkt."));
    assertThat(cycle.single("draftCndcActions").getDueDate()).isAfter(ClockUtil.getCurrentTime());
    assertThat(cycle.open("followUpLateCndcPlan")).isEmpty();
    cycle.complete(cycle.single("draftCndcActions"), actions(List.of(
        action("Havens beveiligen", List.of("3.1", "3.9"), "2030-01-01", "2031-12-31", 0))));
    cycle.complete(cycle.single("checkCndcCoherence"), Map.of("coherenceDecision", "accepted"));
    assertThat(plan).isEnded().hasPassed("cndcReminderSent", "lateCndcPlanFollowedUp", "cndcPlanAdopted");
  }

  @Test
  void theActionPlanGoesThroughObjectionsACoverageMotivationAndTmdAmendmentsBeforeItsApproval() {
    String key = cycle.businessKey();
    registry.register(key, CycleDriver.TITLE, 2030, 2033, null);
    ProcessInstance plan = runtime.startProcessInstanceByKey("action-plan", key, Map.of("periodStart", 2030,
        "periodEnd", 2033, "cycleTitle", CycleDriver.TITLE, "approvalSubject", "actionPlan"));
    cycle.runJobs();

    // an action outside the competence of the minister's government is refused, the task stays open
    Task proposal = cycle.open("proposeActions").get(0);
    Map<String, Object> wrongGovernment = new HashMap<>(action("Preventie op school", List.of("1.2"), "2030-09-01",
        "2031-06-30", 400000));
    wrongGovernment.put("leadGovernment", "flemish");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(proposal, actions(List.of(wrongGovernment))))
        .hasMessageContaining("Actie 1: de minister is niet bevoegd binnen de trekkende overheid")
        .hasMessageContaining("Action 1 : le ministre n'est pas compétent au sein du gouvernement pilote");
    walkActionPlan(true);

    assertThat(plan).isEnded().hasPassed("actionPlanObjections", "actionPlanApproved", "markActionPlanApproved", "actionPlanAdopted");
    assertThat(actionPlanRecords.plan(key, ActionPlanKind.interfederal).getApprovedOn()).isNotNull();
    assertThat(actionPlanRecords.plan(key, ActionPlanKind.interfederal).getCoverageMotivation()).contains("M&E-strategie");
    assertThat(draftingRecords.rounds(key, ApprovalSubject.actionPlan)).hasSize(3);
    assertThat(draftingRecords.rounds(key, ApprovalSubject.strategy)).isEmpty();
    assertThat(documents.list(key)).filteredOn(d -> d.type() == DocumentType.ACTION_PLAN && d.language().equals("en"))
        .extracting(DocumentSummary::version).contains(1, 2, 3, 4);
  }

  @Test
  void theMeStrategyGoesBackOnAProvidersObjectionAndOnTmdAmendmentsAndBadIndicatorsAreRefused() {
    String key = cycle.businessKey();
    registry.register(key, CycleDriver.TITLE, 2030, 2033, null);
    ProcessInstance strategy = runtime.startProcessInstanceByKey("monitoring-evaluation-strategy", key, Map.of(
        "periodStart", 2030, "periodEnd", 2033, "cycleTitle", CycleDriver.TITLE, "approvalSubject", "meStrategy"));
    Task draft = cycle.single("draftMeStrategy");
    assertThat(tasks.getVariable(draft.getId(), "midTermEvaluation")).isEqualTo("2031-06-30");

    Map<String, Object> late = new HashMap<>(meStrategy(List.of(
        indicator("Zonder leverancier", "1.1", null, "7.6", 2023),
        indicator("Te oud", "1.1", "sciensano", "7.6", 1985),
        indicator("Geen getal", "1.1", "vad", "veel", 2023))));
    late.put("midTermEvaluation", "2034-01-01");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(draft, late))
        .hasMessageContaining("Indicator 1: de gegevensleverancier is verplicht / Indicateur 1 : le fournisseur de données est obligatoire")
        .hasMessageContaining("Indicator 2: basisjaar 1985 ligt buiten 1990–2033")
        .hasMessageContaining("Indicateur 3 : un indicateur quantitatif a un nombre comme valeur de référence")
        .hasMessageContaining("De evaluaties vallen binnen de periode 2030–2033");
    assertThat(meStrategyRecords.indicators(key)).isEmpty();

    walkMeStrategy(true);
    assertThat(strategy).isEnded().hasPassed("indicatorsConfirmed", "meStrategyApproved", "markMeStrategyApproved",
        "meStrategyAdopted");
    assertThat(meStrategyRecords.strategy(key).getApprovedOn()).isNotNull();
    assertThat(meStrategyRecords.indicators(key)).extracting(MeIndicator::getConfirmation).containsOnly(Confirmation.confirmed);
    assertThat(documents.list(key)).filteredOn(d -> d.type() == DocumentType.ME_STRATEGY && d.language().equals("fr"))
        .extracting(DocumentSummary::version).contains(1, 2, 3, 4);
  }

  private enum Round { SENT_BACK_AND_AMENDED, LATE, PLAIN }

  /**
   * A yearly monitoring round on 1 April: Sciensano (for itself and DJSOC) and VAD deliver values, the action owners
   * report progress, the secretariat consolidates, the chair validates, the TMD takes note. SENT_BACK_AND_AMENDED: bad
   * input is refused first, the chair sends the report back once, and the validated amendment of the action plan goes
   * through consultation and the TMD again; LATE: only Sciensano delivers before the due date passes.
   */
  private void monitor(ProcessInstance cycleInstance, int year, Round kind) {
    Job due = management.createJobQuery().processInstanceId(cycleInstance.getId()).activityId("monitoringRoundDue").singleResult();
    assertThat(due.getDuedate()).isEqualTo(Date.from(LocalDate.of(year, 4, 1).atTime(9, 0).atZone(ZoneId.of("Europe/Brussels"))
        .toInstant()));
    management.executeJob(due.getId());
    cycle.runJobs();
    List<Task> providers = cycle.open("deliverIndicatorValues");
    assertThat(providers).extracting(cycle::candidateGroup).containsExactlyInAnyOrder("sciensano", "vad");
    Task sciensano = providers.stream().filter(t -> cycle.candidateGroup(t).equals("sciensano")).findFirst().orElseThrow();
    assertThat(cycle.rows(sciensano, "indicatorValues")).extracting(r -> r.get("provider")).containsExactly("sciensano", "djsoc");
    if (kind == Round.SENT_BACK_AND_AMENDED) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(sciensano, cycle.indicatorValues(sciensano,
              r -> r.get("provider").equals("djsoc") ? "veel" : null)))
          .hasMessageContaining("de waarde is verplicht").hasMessageContaining("la valeur est obligatoire")
          .hasMessageContaining("'veel' is geen getal").hasMessageContaining("'veel' n'est pas un nombre");
      assertThat(cycle.open("deliverIndicatorValues")).hasSize(2);
    }
    for (Task provider : kind == Round.LATE ? List.of(sciensano) : providers) {
      cycle.complete(provider, cycle.indicatorValues(provider,
          r -> new java.math.BigDecimal((String) r.get("baseline")).subtract(java.math.BigDecimal.valueOf(year - 2030)).toPlainString()));
    }
    List<Task> owners = cycle.open("reportActionProgress");
    assertThat(owners).extracting(cycle::candidateGroup).contains("cndc").hasSize(3);
    if (kind == Round.SENT_BACK_AND_AMENDED) {
      Task cndc = owners.stream().filter(t -> cycle.candidateGroup(t).equals("cndc")).findFirst().orElseThrow();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(cndc, cycle.actionProgress(cndc, "delayed", null, -5)))
          .hasMessageContaining("geef de reden waarom de actie vertraagd of geschrapt is")
          .hasMessageContaining("indiquez pourquoi l'action est retardée ou abandonnée");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(cndc, cycle.actionProgress(cndc, "onTrack", null, -5)))
          .hasMessageContaining("het bestede budget is een bedrag in euro van 0 of meer")
          .hasMessageContaining("le budget dépensé est un montant en euros de 0 ou plus");
      cycle.complete(cndc, cycle.actionProgress(cndc, "delayed", "De aanbesteding loopt vertraging op.", 125000));
    }
    if (kind == Round.LATE) {
      String round = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey())
          .processDefinitionKey("monitoring-round").singleResult().getId();
      management.executeJob(management.createJobQuery().processInstanceId(round).activityId("monitoringReportsDue").singleResult().getId());
      cycle.runJobs();
      assertThat(cycle.open("deliverIndicatorValues")).isEmpty();
    } else {
      cycle.completeAll("reportActionProgress", t -> cycle.actionProgress(t, "onTrack", null, 1000));
    }
    Task consolidation = cycle.single("consolidateMonitoring");
    String overview = (String) tasks.getVariable(consolidation.getId(), "monitoringOverview");
    assertThat(overview).contains(kind == Round.LATE ? "2 / 3" : "3 / 3");
    boolean amend = kind == Round.SENT_BACK_AND_AMENDED;
    Map<String, Object> summary = new HashMap<>(Map.of("summaryNl", "De indicatoren dalen.", "summaryFr", "Les indicateurs baissent.",
        "amendmentProposed", amend));
    if (amend) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(consolidation, summary))
          .hasMessageContaining("De motivering van de wijziging").hasMessageContaining("La motivation de la modification");
      summary.put("amendmentMotivation", "De havenactie van het CNDC krijgt een jaar extra.");
    }
    cycle.complete(consolidation, summary);
    if (amend) {
      cycle.complete(cycle.single("validateMonitoringReport"), Map.of("monitoringValidation", "sentBack",
          "validationRemarks", "Vermeld de vertraging van de havenactie."));
      Task again = cycle.single("consolidateMonitoring");
      assertThat((String) tasks.getVariable(again.getId(), "monitoringOverview")).contains("Vermeld de vertraging");
      cycle.complete(again, summary);
    }
    cycle.complete(cycle.single("validateMonitoringReport"), Map.of("monitoringValidation", "validated"));
    cycle.complete(cycle.single("takeNoteOfMonitoringReport"), Map.of("notedOn", LocalDate.now(ZoneId.of("Europe/Brussels")).toString(),
        "noteRemarks", ""));
    if (amend) {
      // the amendment: no new proposals, the secretariat's consolidation starts from the plan as it is
      assertThat(cycle.open("proposeActions")).isEmpty();
      Task amendment = cycle.single("consolidateActionPlan");
      assertThat(tasks.getVariable(amendment.getId(), "previousRemarks").toString())
          .contains("Wijziging na monitoring / Modification après le suivi: De havenactie van het CNDC krijgt een jaar extra.");
      assertThat(actionPlanRecords.plan(cycle.businessKey(), ActionPlanKind.interfederal).getApprovedOn())
          .as("a draft again until the TMD approves the amendment").isNull();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariable(amendment.getId(), "actions"))
          .mapTo(List.class);
      assertThat(rows).hasSize(2);
      cycle.complete(amendment, actions(rows));
      cycle.completeAll("givePosition", t -> positions("agree", null, OBJECTIVES));
      cycle.complete(cycle.single("closeActionPlan"), Map.of("decisionProposal", "De TVD keurt de wijziging goed.",
          "coverageMotivation", "De overige doelstellingen krijgen acties na de M&E-strategie."));
      approvalRound("approved", null);
      assertThat(actionPlanRecords.plan(cycle.businessKey(), ActionPlanKind.interfederal).getApprovedOn()).isNotNull();
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey())
        .processDefinitionKey("monitoring-round").count()).isZero();
  }

  /** An evaluation: its timer on the M&E strategy's date; commissioned, delivered through BELSPO, answered, noted. */
  private void evaluate(ProcessInstance cycleInstance, String timer, String day) {
    Job due = management.createJobQuery().processInstanceId(cycleInstance.getId()).activityId(timer).singleResult();
    assertThat(due.getDuedate()).isEqualTo(Date.from(LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.of("Europe/Brussels"))
        .toInstant()));
    management.executeJob(due.getId());
    Task commission = cycle.single("commissionEvaluation");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(commission, Map.of("evaluator", "",
            "belspoFunded", true, "deliveryDue", LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1).toString())))
        .hasMessageContaining("De evaluator is verplicht / L'évaluateur est obligatoire")
        .hasMessageContaining("Het rapport is te verwachten na vandaag / Le rapport est attendu après aujourd'hui");
    cycle.complete(commission, Map.of("evaluator", "UGent, UCLouvain en KU Leuven", "belspoFunded", true,
        "deliveryDue", LocalDate.now(ZoneId.of("Europe/Brussels")).plusMonths(6).toString()));
    Task findings = cycle.single("deliverEvaluation");
    assertThat(cycle.candidateGroup(findings)).isEqualTo("belspo");
    assertThat(findings.getDueDate()).isNotNull();
    cycle.complete(findings, Map.of("findingsNl", "Bevindingen", "findingsFr", "Constats",
        "recommendationsNl", "Aanbevelingen", "recommendationsFr", "Recommandations"));
    cycle.complete(cycle.single("respondToEvaluation"), Map.of("responseNl", "Antwoord", "responseFr", "Réponse"));
    cycle.complete(cycle.single("takeNoteOfEvaluation"), Map.of("notedOn",
        LocalDate.now(ZoneId.of("Europe/Brussels")).toString(), "noteRemarks", ""));
  }

  /**
   * The secretariat drafts three indicators (Sciensano's, DJSOC's which Sciensano confirms, VAD's); the providers
   * confirm while the panel gives its opinion; the TMD approves. With loops: Sciensano objects once, and the TMD's
   * amendments send the strategy back once.
   */
  private void walkMeStrategy(boolean loops) {
    List<Map<String, Object>> indicators = List.of(
        indicator("Cannabisgebruik laatste jaar", "1.1", "sciensano", "7.6", 2023),
        indicator("Inbeslagnames cocaïne (ton)", "3.1", "djsoc", "116", 2023),
        indicator("Leerlingen die ooit cannabis gebruikten", "1.2", "vad", "15", 2022));
    for (int pass = 0; pass < (loops ? 3 : 1); pass++) {
      Task draft = cycle.single("draftMeStrategy");
      String remarks = tasks.getVariable(draft.getId(), "previousRemarks").toString();
      if (loops && pass == 1) {
        assertThat(remarks).contains("sciensano: De inbeslagnames komen pas in juni binnen.");
      } else if (loops && pass == 2) {
        assertThat(remarks).contains("TVD / RTD: Streefwaarden toevoegen.");
      }
      cycle.complete(draft, meStrategy(indicators));
      List<Task> confirmations = cycle.open("confirmIndicators");
      assertThat(confirmations).extracting(cycle::candidateGroup).containsExactlyInAnyOrder("sciensano", "vad");
      Task sciensano = confirmations.stream().filter(t -> cycle.candidateGroup(t).equals("sciensano")).findFirst().orElseThrow();
      assertThat((String) tasks.getVariable(sciensano.getId(), "assignedIndicators")).contains("Cannabisgebruik", "djsoc");
      for (Task task : confirmations) {
        boolean objects = loops && pass == 0 && task == sciensano;
        cycle.complete(task, objects ? Map.of("indicatorConfirmation", "objection",
            "confirmationRemarks", "De inbeslagnames komen pas in juni binnen.") : Map.of("indicatorConfirmation", "confirmed"));
      }
      cycle.complete(cycle.single("givePanelOpinion"), Map.of("panelOpinionNl", "Voeg ervaringsdeskundigheid toe.",
          "panelOpinionFr", "Ajoutez l'expertise du vécu."));
      if (loops && pass == 0) {
        continue;
      }
      assertThat(tasks.getVariable(cycle.single("scheduleMeeting").getId(), "approvalDocument")).isEqualTo("ME_STRATEGY");
      approvalRound(loops && pass == 1 ? "approvedWithAmendments" : "approved", loops && pass == 1 ? "Streefwaarden toevoegen." : null);
    }
  }

  /**
   * Every cabinet and administration is asked for actions; two propose some, the secretariat consolidates, and the
   * plan goes through consultation, the chair and the TMD. With loops: an objection opens round 2, the chair cannot
   * close without motivating the objectives left without action, and the TMD's amendments open round 3.
   */
  private void walkActionPlan(boolean loops) {
    List<Task> proposals = cycle.open("proposeActions");
    assertThat(proposals).hasSize(52);
    // with loops, only two groups answer before the due date: the secretariat consolidates what is there
    for (int i = 0; i < (loops ? 2 : proposals.size()); i++) {
      Task task = proposals.get(i);
      if (i == 0) {
        cycle.complete(task, actions(List.of(action("Preventie op school", List.of("1.2"), "2030-09-01", "2031-06-30", 400000))));
      } else if (i == 1) {
        cycle.complete(task, actions(List.of(action("Cocaïnemarkt verstoren", List.of("3.1", "3.2"), "2030-01-01",
            "2033-12-31", null))));
      } else {
        cycle.complete(task, actions(List.of()));
      }
    }
    if (loops) {
      String plan = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cycle.businessKey())
          .processDefinitionKey("action-plan").singleResult().getId();
      management.executeJob(management.createJobQuery().processInstanceId(plan).activityId("proposalsDue").singleResult().getId());
      cycle.runJobs();
      assertThat(cycle.open("proposeActions")).isEmpty();
    }
    Task consolidation = cycle.single("consolidateActionPlan");
    assertThat(tasks.getVariable(consolidation.getId(), "actions").toString())
        .contains("Preventie op school", "Cocaïnemarkt verstoren", "proposedByName");
    assertThat((String) tasks.getVariable(consolidation.getId(), "coverageGaps")).contains("1.1").doesNotContain("1.2,");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariable(consolidation.getId(), "actions"))
        .mapTo(List.class);
    if (loops) {
      // an action's proposer owns it in the monitoring rounds: it must be a group that proposes actions
      List<Map<String, Object>> unknownOwner = rows.stream().map(r -> {
        Map<String, Object> copy = new HashMap<>(r);
        copy.put("proposedBy", "nobody");
        return copy;
      }).toList();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(consolidation, actions(unknownOwner)))
          .hasMessageContaining("'nobody' is geen kabinet of administratie die acties voorstelt")
          .hasMessageContaining("'nobody' n'est pas un cabinet ou une administration qui propose des actions");
    }
    cycle.complete(consolidation, actions(rows));
    cycle.completeAll("givePosition", t -> positions(loops ? "objection" : "agree",
        loops ? "Voeg een actie voor de gevangenissen toe (3.10)." : null, OBJECTIVES));
    if (loops) {
      Task second = cycle.single("consolidateActionPlan");
      assertThat(tasks.getVariable(second.getId(), "previousRemarks").toString()).contains("gevangenissen");
      cycle.complete(second, actions(rows));
      cycle.completeAll("givePosition", t -> positions("agree", null, OBJECTIVES));
      Task close = cycle.single("closeActionPlan");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> cycle.complete(close, Map.of("decisionProposal",
              "De TVD keurt het actieplan goed.")))
          .hasMessageContaining("Specifieke doelstellingen zonder actie (1.1")
          .hasMessageContaining("une motivation est obligatoire");
    }
    cycle.complete(cycle.single("closeActionPlan"), Map.of("decisionProposal", "De TVD keurt het actieplan goed.",
        "coverageMotivation", "De overige doelstellingen krijgen acties na de M&E-strategie."));
    assertThat(tasks.getVariable(cycle.single("scheduleMeeting").getId(), "approvalDocument")).isEqualTo("ACTION_PLAN");
    if (loops) {
      approvalRound("approvedWithAmendments", "Voeg het budget van de Vlaamse actie toe.");
      Task third = cycle.single("consolidateActionPlan");
      assertThat(tasks.getVariable(third.getId(), "previousRemarks").toString()).contains("TVD / RTD: Voeg het budget");
      cycle.complete(third, actions(rows));
      cycle.completeAll("givePosition", t -> positions("agree", null, OBJECTIVES));
      cycle.complete(cycle.single("closeActionPlan"), Map.of("decisionProposal", "Goedkeuring na amendement.",
          "coverageMotivation", "De overige doelstellingen krijgen acties na de M&E-strategie."));
    }
    approvalRound("approved", null);
  }

  private void walkToConsultation() {
    walkToDrafting();
    cycle.complete(cycle.single("draftStrategy"), draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));
  }

  private void walkToDrafting() {
    cycle.complete(cycle.single("recordMandate"), mandate());
    cycle.completeAll("deliverContribution", t -> contribution());
    cycle.complete(cycle.single("recordForesight"), foresight());
    cycle.complete(cycle.single("consolidateAnalysis"), Map.of("consolidation", "Consolidatie."));
    cycle.complete(cycle.single("validateAnalysis"), Map.of("analysisDecision", "validated"));
    cycle.completeAll("recommendOnObjective", t -> Map.of("recommendationNl", "Aanbeveling", "recommendationFr", "Recommandation"));
    cycle.complete(cycle.single("validateRecommendations"), Map.of("panelDecision", "complete"));
  }

  private void walkToApproval() {
    walkToConsultation();
    int objectives = cycles.objectiveCount(cycle.businessKey());
    cycle.completeAll("givePosition", t -> positions("agree", null, objectives));
    cycle.complete(cycle.single("closeDrafting"), Map.of("decisionProposal", "Goedkeuren."));
  }

  private void approvalRound(String decision, String remarks) {
    cycle.complete(cycle.single("scheduleMeeting"), Map.of("meetingDate", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(10).toString()));
    assertThat(cycle.open("recordMinisterPosition")).hasSize(26);
    cycle.completeAll("recordMinisterPosition", t -> Map.of("ministerPosition", "endorse"));
    Map<String, Object> vars = new HashMap<>();
    vars.put("tmdDecision", decision);
    vars.put("tmdRemarks", remarks);
    cycle.complete(cycle.single("recordTmdDecision"), vars);
  }
}
