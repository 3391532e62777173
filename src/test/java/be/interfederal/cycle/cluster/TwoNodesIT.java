package be.interfederal.cycle.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.support.RestVariables;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Camunda 7's own way to more than one machine: two application nodes (separate JVMs, different ports) on one
 * PostgreSQL, both job executors running. A strategy cycle is walked with every request going to the next node, the
 * 52 positions of the consultation round and the 26 ministers' positions answered by 20 concurrent clients; one node
 * is killed (SIGKILL) in the middle of the consultation round and again while the TMD's decision file is being
 * generated, and restarted each time. Afterwards every task was completed exactly once, nothing is lost (positions,
 * due-date timers) and no document was generated twice.
 */
class TwoNodesIT {

  private static final String ADMIN_PASSWORD = "two-nodes-password-2026";
  private static final int OBJECTIVES = 6;
  private static final int CLIENTS = 20;

  private final List<Node> nodes = new ArrayList<>();
  private String jdbcUrl;

  @AfterEach
  void stopNodes() {
    nodes.forEach(Node::stop);
  }

  @Test
  void aStrategyCycleOnTwoNodesSurvivesTwoCrashesWithNothingLostOrDoubled() throws Exception {
    jdbcUrl = EmbeddedPostgresDatabase.newDatabase();
    List<String> args = List.of("--spring.profiles.active=postgres", "--DB_URL=" + jdbcUrl, "--DB_USER=postgres",
        "--DB_PASSWORD=postgres", "--ADMIN_PASSWORD=" + ADMIN_PASSWORD,
        "--interfederal.directory.demo-users=classpath:directory/demo-users.yaml",
        "--interfederal.notifications.enabled=false",
        // a killed node's job locks are taken over after 20 s instead of the default 5 minutes
        "--camunda.bpm.job-execution.lock-time-in-millis=20000");
    // one after the other: the first creates the schema, the second finds it
    Node a = new Node("node-a", args).start();
    nodes.add(a);
    Node b = new Node("node-b", args).start();
    nodes.add(b);
    ClusterClient cluster = new ClusterClient(ADMIN_PASSWORD, a, b);
    String key = "twonodes2030";

    String secretariat = cluster.get("admin", "/engine-rest/user?memberOfGroup=gdpcSecretariat").get(0).get("id").asText();
    cluster.post(secretariat, "/engine-rest/process-definition/key/policy-cycle/start", Map.of("businessKey", key,
        "variables", Map.of("title", RestVariables.typed("Interfederale drugsstrategie 2030–2033"),
            "periodStart", RestVariables.typed(2030), "periodEnd", RestVariables.typed(2033))));
    completeAll(cluster, key, "recordMandate", 1, 1, t -> CycleDriver.mandate());
    completeAll(cluster, key, "deliverContribution", 3, 3, t -> CycleDriver.contribution());
    completeAll(cluster, key, "recordForesight", 1, 1, t -> CycleDriver.foresight());
    completeAll(cluster, key, "consolidateAnalysis", 1, 1, t -> Map.of("consolidation", "Geconsolideerd."));
    completeAll(cluster, key, "validateAnalysis", 1, 1, t -> Map.of("analysisDecision", "validated"));
    completeAll(cluster, key, "recommendOnObjective", OBJECTIVES, OBJECTIVES,
        t -> Map.of("recommendationNl", "Aanbeveling", "recommendationFr", "Recommandation"));
    completeAll(cluster, key, "validateRecommendations", 1, 1, t -> Map.of("panelDecision", "complete"));
    completeAll(cluster, key, "draftStrategy", 1, 1, t -> CycleDriver.draft(LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(21)));

    // the consultation round: 20 clients; node A is killed after 20 positions and comes back
    List<JsonNode> positions = waitForTasks(cluster, key, "givePosition", 52);
    answer(cluster, positions.subList(0, 20), t -> CycleDriver.positions("agree", null, OBJECTIVES));
    crash(cluster, a);
    List<JsonNode> open = waitForTasks(cluster, key, "givePosition", 32);
    assertThat(count("select count(*) from act_ru_job where handler_type_ = 'timer-transition' and process_def_key_ = 'consultation-position'"))
        .as("every open position keeps its reminder and due-date timers after the crash").isEqualTo(2L * 32);
    answer(cluster, open.subList(0, 16), t -> CycleDriver.positions("agree", null, OBJECTIVES));
    restart(cluster, a);
    answer(cluster, open.subList(16, 32), t -> CycleDriver.positions("agree", null, OBJECTIVES));

    // the drafting closes; node A is killed while the TMD's decision file is generated, and comes back
    completeAll(cluster, key, "closeDrafting", 1, 1, t -> Map.of("decisionProposal", "De TVD keurt de strategie goed."));
    Node.sleep(300);
    long lockedAtCrash = count("select count(*) from act_ru_job where lock_owner_ is not null");
    crash(cluster, a);
    restart(cluster, a);
    completeAll(cluster, key, "scheduleMeeting", 1, 1, t -> Map.of("meetingDate", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(7).toString()));
    completeAll(cluster, key, "recordMinisterPosition", 26, CLIENTS, t -> Map.of("ministerPosition", "endorse"));
    completeAll(cluster, key, "recordTmdDecision", 1, 1, t -> Map.of("tmdDecision", "approved"));
    waitForTasks(cluster, key, "draftCndcActions", 1);
    waitUntil(() -> count("select count(*) from stored_document where business_key = '" + key + "' and document_type = 'PRESS_RELEASE'") >= 1,
        "the press release");
    waitUntil(() -> count("select count(*) from act_ru_job where lock_owner_ is not null or (retries_ > 0 and duedate_ is null)") == 0,
        "the job executors to finish");

    System.out.printf("TWO-NODES: %d completions, %d resent after a crash, %d jobs locked at the second crash, requests %s%n",
        cluster.completions.get(), cluster.resentAfterCrash.get(), lockedAtCrash, cluster.requestsPerNode);
    assertThat(cluster.requestsPerNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
    // every task completed exactly once: as many completed task instances as completions, none left open
    assertThat(count("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.proc_inst_id_ = t.root_proc_inst_id_"
        + " where p.business_key_ = '" + key + "' and t.delete_reason_ = 'completed'")).isEqualTo(cluster.completions.get());
    assertThat(cluster.completions.get()).isEqualTo(1 + 3 + 1 + 1 + 1 + OBJECTIVES + 1 + 1 + 52 + 1 + 1 + 26 + 1);
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
    assertThat(count("select count(*) from act_ru_job where retries_ = 0")).as("failed jobs").isZero();
    // no lost position: all 52 groups, every objective, once
    assertThat(count("select count(distinct group_id) from consultation_position p join drafting_round r on r.id = p.round_id"
        + " where r.cycle_key = '" + key + "' and r.subject = 'strategy'")).isEqualTo(52);
    assertThat(count("select count(*) from consultation_position p join drafting_round r on r.id = p.round_id"
        + " where r.cycle_key = '" + key + "'")).isEqualTo(52L * OBJECTIVES);
    // no document twice: one drafting round, so one version of every type, language and format
    assertThat(rows("select document_type || ':' || language || ':' || format || ' x' || count(*) from stored_document"
        + " where business_key = '" + key + "' group by document_type, language, format having count(*) > 1")).isEmpty();
    assertThat(rows("select distinct document_type from stored_document where business_key = '" + key + "'"))
        .contains("CONSULTATION_DRAFT", "POSITION_SYNTHESIS", "TMD_DECISION_FILE", "FINAL_STRATEGY", "PRESS_RELEASE");
  }

  private void crash(ClusterClient cluster, Node node) {
    cluster.down(node);
    node.kill();
  }

  private void restart(ClusterClient cluster, Node node) {
    node.start();
    cluster.up(node);
  }

  private void completeAll(ClusterClient cluster, String key, String taskKey, int expected, int clients,
      Function<JsonNode, Map<String, Object>> form) throws Exception {
    List<JsonNode> tasks = waitForTasks(cluster, key, taskKey, expected);
    if (clients == 1) {
      tasks.forEach(task -> cluster.complete(task, form.apply(task)));
    } else {
      answer(cluster, tasks, form);
    }
  }

  /** Completes the tasks with 20 clients at once. */
  private void answer(ClusterClient cluster, List<JsonNode> tasks, Function<JsonNode, Map<String, Object>> form)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (JsonNode task : tasks) {
        done.add(clients.submit(() -> cluster.complete(task, form.apply(task))));
      }
      for (Future<?> future : done) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new AssertionError(explain(e.getCause().getMessage()), e.getCause());
        }
      }
    } finally {
      clients.shutdownNow();
    }
  }

  /** Names the variable of a concurrent update, which the engine's message gives only by id. */
  private String explain(String message) {
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("VariableInstanceEntity\\[([^\\]]+)]").matcher(message == null ? "" : message);
    if (!id.find()) {
      return message;
    }
    try {
      return message + " — variable " + rows("select name_ || ' in execution ' || execution_id_ || ' (activity instance ' || coalesce(act_inst_id_, '-') || ')'"
          + " from act_hi_varinst where id_ = '" + id.group(1) + "'");
    } catch (SQLException e) {
      return message;
    }
  }

  private List<JsonNode> waitForTasks(ClusterClient cluster, String key, String taskKey, int expected) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + key + "&taskDefinitionKey=" + taskKey;
    List<JsonNode> tasks = new ArrayList<>();
    waitUntil(() -> {
      tasks.clear();
      cluster.get("admin", query).forEach(tasks::add);
      return tasks.size() >= expected;
    }, expected + " open " + taskKey);
    assertThat(tasks).as("open %s", taskKey).hasSize(expected);
    return tasks;
  }

  interface Check {
    boolean ok() throws Exception;
  }

  private static void waitUntil(Check check, String what) {
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
    try {
      while (!check.ok()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("Timed out waiting for " + what);
        }
        Node.sleep(250);
      }
    } catch (AssertionError e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long count(String sql) throws SQLException {
    List<String> rows = rows(sql);
    return Long.parseLong(rows.get(0));
  }

  private List<String> rows(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(result.getString(1));
      }
      return rows;
    }
  }
}
