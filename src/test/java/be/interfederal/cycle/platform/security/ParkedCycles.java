package be.interfederal.cycle.platform.security;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.StrategyAutopilot;
import be.interfederal.cycle.support.TestUsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * Cycles parked where many kinds of task are open at once, walked by the real users with {@link StrategyAutopilot}:
 * data providers' contributions and the foresight with an early warning (risk assessment, acknowledgements,
 * notice), the consolidation, the panel's recommendations, the cabinets' and administrations' positions, the
 * ministers' positions at the TMD, a new cycle's
 * mandate and a warning's communication waiting for the chair.
 */
final class ParkedCycles {

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
    StrategyAutopilot.until(analysis, "deliverContribution");
    StrategyAutopilot.answer(analysis, "deliverContribution", 1);
    earlyWarning(analysis, true);
    CycleDriver consolidation = cycle("matrixconsolidation");
    StrategyAutopilot.until(consolidation, "consolidateAnalysis");
    earlyWarning(consolidation, false);
    CycleDriver panel = cycle("matrixpanel");
    StrategyAutopilot.until(panel, "recommendOnObjective");
    StrategyAutopilot.answer(panel, "recommendOnObjective", 1);
    CycleDriver consultation = cycle("matrixconsultation");
    StrategyAutopilot.until(consultation, "givePosition");
    StrategyAutopilot.answer(consultation, "givePosition", 10);
    CycleDriver approval = cycle("matrixapproval");
    StrategyAutopilot.until(approval, "recordMinisterPosition");
    StrategyAutopilot.answer(approval, "recordMinisterPosition", 5);
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
}
