package be.interfederal.cycle.platform.security;

import static be.interfederal.cycle.support.CycleDriver.draft;
import static be.interfederal.cycle.support.CycleDriver.positions;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Cycles parked where many kinds of task are open at once, walked by the real users as {@code StrategyAutopilot}
 * does (its idea, copied: that class belongs to the models' tests): data providers' contributions and the
 * foresight with an early warning (risk assessment, acknowledgements, notice), the consolidation, the panel's
 * recommendations, the cabinets' and administrations' positions, the ministers' positions at the TMD, a new cycle's
 * mandate and a warning's communication waiting for the chair.
 */
final class ParkedCycles {

  private static final Map<String, Supplier<Map<String, Object>>> ANSWERS = new LinkedHashMap<>();

  static {
    ANSWERS.put("recordMandate", CycleDriver::mandate);
    ANSWERS.put("deliverContribution", CycleDriver::contribution);
    ANSWERS.put("recordForesight", CycleDriver::foresight);
    ANSWERS.put("consolidateAnalysis", () -> Map.of("consolidation", "Consolidatie."));
    ANSWERS.put("validateAnalysis", () -> Map.of("analysisDecision", "validated"));
    ANSWERS.put("recommendOnObjective", () -> Map.of("recommendationNl", "Aanbeveling", "recommendationFr", "Recommandation"));
    ANSWERS.put("validateRecommendations", () -> Map.of("panelDecision", "complete"));
    ANSWERS.put("draftStrategy", () -> draft(EngineClock.today().plusDays(21)));
    ANSWERS.put("givePosition", () -> positions("agree", null, 6));
    ANSWERS.put("closeDrafting", () -> Map.of("decisionProposal", "De TVD keurt de strategie goed."));
    ANSWERS.put("scheduleMeeting", () -> Map.of("meetingDate", EngineClock.today().plusDays(10).toString()));
    ANSWERS.put("recordMinisterPosition", () -> Map.of("ministerPosition", "endorse"));
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final List<String> businessKeys = new ArrayList<>();

  ParkedCycles(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
  }

  /** Parks the cycles; returns their business keys. */
  List<String> park() {
    cycle("matrixmandate");
    CycleDriver analysis = cycle("matrixanalysis");
    until(analysis, "deliverContribution");
    answer(analysis, "deliverContribution", 1);
    earlyWarning(analysis, true);
    CycleDriver consolidation = cycle("matrixconsolidation");
    until(consolidation, "consolidateAnalysis");
    earlyWarning(consolidation, false);
    CycleDriver panel = cycle("matrixpanel");
    until(panel, "recommendOnObjective");
    answer(panel, "recommendOnObjective", 1);
    CycleDriver consultation = cycle("matrixconsultation");
    until(consultation, "givePosition");
    answer(consultation, "givePosition", 10);
    CycleDriver approval = cycle("matrixapproval");
    until(approval, "recordMinisterPosition");
    answer(approval, "recordMinisterPosition", 5);
    return List.copyOf(businessKeys);
  }

  /**
   * A high, crime-related warning for Flanders in the cycle: assessed, the answers open, its communication drafted;
   * approved (its notice made) or waiting for the chair's approval.
   */
  private void earlyWarning(CycleDriver cycle, boolean approve) {
    TestUsers.as(identity, TestUsers.memberOf(identity, "sciensano"), () -> runtime.startProcessInstanceByKey(
        "early-warning", cycle.businessKey(), Map.of("substance", "Nitazenen in namaak-oxycodon",
            "signalDescription", "Drie intoxicaties met ademhalingsdepressie na gebruik van valse oxycodontabletten.",
            "signalSource", "Toxicologisch labo UZ Gent", "signalDate", EngineClock.today().minusDays(1).toString(),
            "geography", "Antwerpen, Gent")));
    cycle.runJobs();
    Map<String, Object> assessment = new LinkedHashMap<>();
    assessment.put("riskLevel", "high");
    assessment.put("riskReasoning", "Zeer potente synthetische opioïden; verspreid via online verkoop.");
    assessment.put("governments", List.of("flemish"));
    assessment.put("crimeRelated", true);
    assessment.put("notifyEu", true);
    cycle.complete(cycle.single("assessRisk"), assessment);
    cycle.complete(cycle.single("draftWarningCommunication"),
        Map.of("communicationNl", "Waarschuwing.", "communicationFr", "Avertissement."));
    if (approve) {
      cycle.complete(cycle.single("approveWarningCommunication"), Map.of("communicationDecision", "approved"));
    }
  }

  private CycleDriver cycle(String prefix) {
    CycleDriver cycle = new CycleDriver(runtime, tasks, management, identity, prefix + UUID.randomUUID().toString().substring(0, 6));
    cycle.start(2030, 2033, null);
    businessKeys.add(cycle.businessKey());
    return cycle;
  }

  /** Answers what is asked until a task of this kind is open. */
  private static void until(CycleDriver cycle, String taskKey) {
    for (int step = 0; step < 500 && cycle.open(taskKey).isEmpty(); step++) {
      Task next = ANSWERS.keySet().stream().flatMap(key -> cycle.open(key).stream()).findFirst()
          .orElseThrow(() -> new AssertionError(cycle.businessKey() + " never reaches " + taskKey));
      cycle.complete(next, ANSWERS.get(next.getTaskDefinitionKey()).get());
    }
  }

  /** Answers at most {@code limit} open tasks of this kind, so that some are in history and the rest stay open. */
  private static void answer(CycleDriver cycle, String taskKey, int limit) {
    cycle.open(taskKey).stream().limit(limit).forEach(task -> cycle.complete(task, ANSWERS.get(taskKey).get()));
  }
}
