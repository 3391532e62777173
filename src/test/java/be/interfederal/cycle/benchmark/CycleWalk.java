package be.interfederal.cycle.benchmark;

import be.interfederal.cycle.support.RestVariables;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;

/**
 * The strategy part of a cycle walked through /engine-rest as its real users, as StrategyCycleRestIT walks it
 * (same tasks, same forms): mandate to the TMD's decision, 101 tasks, then until the cycle has gone on to the CNDC's
 * action plan (the final strategy's documents generated). For every task: the list query, the candidate group, the
 * completion, each timed by label; the time spent waiting for a task that is not there yet is the time the
 * asynchronous service tasks (job executor pick-up, document generation) keep the users waiting.
 */
final class CycleWalk {

  private static final int OBJECTIVES = 6;
  private static final long POLL_MILLIS = 20;

  private final BenchHttp http;
  private final IdentityService identity;
  private final Map<String, String> members = new ConcurrentHashMap<>();
  private final Map<String, Long> waitNanosByTask = new LinkedHashMap<>();
  final java.util.Set<String> consultedGroups = new java.util.LinkedHashSet<>();
  int completed;
  long waitNanos;

  CycleWalk(BenchHttp http, IdentityService identity) {
    this.http = http;
    this.identity = identity;
  }

  Map<String, Long> waitNanosByTask() {
    return waitNanosByTask;
  }

  String member(String group) {
    return members.computeIfAbsent(group, g -> TestUsers.memberOf(identity, g));
  }

  /** Walks one cycle; returns the wall time in nanoseconds. */
  long walk(String key) {
    long started = System.nanoTime();
    var response = http.send("start", member("gdpcSecretariat"), "POST", "/engine-rest/process-definition/key/policy-cycle/start",
        BenchHttp.write(Map.of("businessKey", key, "variables", Map.of(
            "title", RestVariables.typed("Interfederale drugsstrategie 2030–2031"), "periodStart", RestVariables.typed(2030),
            "periodEnd", RestVariables.typed(2031)))));
    if (response.statusCode() != 200) {
      throw new IllegalStateException("start: " + response.body());
    }
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
    completeAll(key, "recordMandate", 1, t -> CycleDriver.mandate());
    completeAll(key, "deliverContribution", 3, t -> CycleDriver.contribution());
    completeAll(key, "recordForesight", 1, t -> CycleDriver.foresight());
    completeAll(key, "consolidateAnalysis", 1, t -> Map.of("consolidation", "Geconsolideerde situatieanalyse."));
    completeAll(key, "validateAnalysis", 1, t -> Map.of("analysisDecision", "validated"));
    completeAll(key, "recommendOnObjective", OBJECTIVES,
        t -> Map.of("recommendationNl", "Aanbeveling van het panel", "recommendationFr", "Recommandation du panel"));
    completeAll(key, "validateRecommendations", 1, t -> Map.of("panelDecision", "complete"));
    completeAll(key, "draftStrategy", 1, t -> draft(t, today));
    completeAll(key, "givePosition", 52, t -> CycleDriver.positions("agree", null, OBJECTIVES));
    completeAll(key, "closeDrafting", 1, t -> Map.of("decisionProposal", "De TVD keurt de strategie 2030–2031 goed."));
    completeAll(key, "scheduleMeeting", 1, t -> Map.of("meetingDate", today.plusDays(7).toString()));
    completeAll(key, "recordMinisterPosition", 26, t -> Map.of("ministerPosition", "endorse"));
    completeAll(key, "recordTmdDecision", 1, t -> Map.of("tmdDecision", "approved"));
    // the approved strategy's documents are generated, then the CNDC is asked for its action plan
    awaitTasks(key, "draftCndcActions", 1);
    return System.nanoTime() - started;
  }

  private Map<String, Object> draft(JsonNode task, LocalDate today) {
    JsonNode offered = http.get("query", member("gdpcSecretariat"),
        "/engine-rest/task/" + task.get("id").asText() + "/variables/objectives?deserializeValue=false");
    JsonNode value = offered.get("value");
    List<Map<String, Object>> objectives = BenchHttp.JSON.convertValue(
        value.isTextual() ? BenchHttp.read(value.asText()) : value, new TypeReference<List<Map<String, Object>>>() {});
    Map<String, Object> form = new LinkedHashMap<>(CycleDriver.draft(today.plusDays(21)));
    form.put("objectives", objectives);
    return form;
  }

  private JsonNode awaitTasks(String key, String taskKey, int expected) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + key + "&taskDefinitionKey=" + taskKey;
    JsonNode tasks = http.get("query", "admin", query);
    long start = System.nanoTime();
    long deadline = start + 180_000_000_000L;
    while (tasks.size() < expected) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out waiting for " + expected + " " + taskKey);
      }
      sleep(POLL_MILLIS);
      tasks = http.get(null, "admin", query);
    }
    long waited = System.nanoTime() - start;
    waitNanos += waited;
    waitNanosByTask.merge(taskKey, waited, Long::sum);
    return tasks;
  }

  private void completeAll(String key, String taskKey, int expected, Function<JsonNode, Map<String, Object>> form) {
    for (JsonNode task : awaitTasks(key, taskKey, expected)) {
      String id = task.get("id").asText();
      String group = http.get("identity-links", "admin", "/engine-rest/task/" + id + "/identity-links?type=candidate")
          .get(0).get("groupId").asText();
      if (taskKey.equals("givePosition")) {
        consultedGroups.add(group);
      }
      http.complete("complete " + taskKey, member(group), id, form.apply(task));
      completed++;
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
