package be.interfederal.cycle.support;

import static be.interfederal.cycle.support.CycleDriver.draft;
import static be.interfederal.cycle.support.CycleDriver.positions;

import be.interfederal.cycle.platform.EngineClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.task.Task;

/**
 * Completes whatever the strategy half of a cycle asks next, as the users would with no objection, until the TMD has
 * approved the strategy: so that a cycle parked anywhere (and perhaps migrated) is walked to its end.
 */
public final class StrategyAutopilot {

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
    ANSWERS.put("recordTmdDecision", () -> {
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("tmdDecision", "approved");
      decision.put("tmdRemarks", null);
      return decision;
    });
  }

  private StrategyAutopilot() {}

  /** Answers the open tasks, up to and including the TMD's decision on the strategy; returns how many it completed. */
  public static int toApprovedStrategy(CycleDriver cycle) {
    int completed = 0;
    for (int step = 0; step < 500; step++) {
      Task next = ANSWERS.keySet().stream().flatMap(key -> cycle.open(key).stream()).findFirst().orElse(null);
      if (next == null) {
        return completed;
      }
      cycle.complete(next, ANSWERS.get(next.getTaskDefinitionKey()).get());
      completed++;
      if (next.getTaskDefinitionKey().equals("recordTmdDecision")) {
        return completed;
      }
    }
    throw new AssertionError("The strategy of " + cycle.businessKey() + " is not approved after 500 tasks");
  }

  /** Answers what is asked until a task of this kind is open: to park a cycle there. */
  public static void until(CycleDriver cycle, String taskKey) {
    for (int step = 0; step < 500 && cycle.open(taskKey).isEmpty(); step++) {
      Task next = ANSWERS.keySet().stream().flatMap(key -> cycle.open(key).stream()).findFirst()
          .orElseThrow(() -> new AssertionError(cycle.businessKey() + " never reaches " + taskKey));
      cycle.complete(next, ANSWERS.get(next.getTaskDefinitionKey()).get());
    }
  }

  /** Answers the open tasks of these kinds only, at most {@code limit} of them: to park a cycle part-way. */
  public static void answer(CycleDriver cycle, String taskKey, int limit) {
    cycle.open(taskKey).stream().limit(limit).forEach(task -> cycle.complete(task, ANSWERS.get(taskKey).get()));
  }
}
