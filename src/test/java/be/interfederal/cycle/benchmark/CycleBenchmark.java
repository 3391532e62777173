package be.interfederal.cycle.benchmark;

import be.interfederal.cycle.InterfederalCycleApplication;
import be.interfederal.cycle.platform.setup.TasklistFilters;
import be.interfederal.cycle.platform.setup.TasklistFilters.SeededFilter;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The performance benchmark of issue 10, all parts in one run on one PostgreSQL 17 (embedded, same machine) and one
 * application (postgres profile plus the demo users), the load generated in the same JVM over HTTP:
 * (1) the strategy part of a cycle through /engine-rest against as many one-task instances of a trivial process;
 * (2) 20 concurrent clients completing consultation positions of many cycles; (3) Tasklist's filters with about
 * 10 000 open tasks; (4) start-up and heap after a cycle. Writes a Markdown report (target/benchmark/results.md) and
 * the latency distribution (docs/benchmark-latency.png). Run with {@code ./mvnw -Pbench -DskipTests verify}
 * (arguments: cycles in the consultation round, default 200; completions for part 2, default 5000).
 */
public final class CycleBenchmark {

  private static final String ADMIN_PASSWORD = "benchmark-password-1234";
  private static final StringBuilder REPORT = new StringBuilder();

  private CycleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int completions = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    int clients = 20;
    String url = EmbeddedPostgresDatabase.newDatabase();
    long t0 = System.nanoTime();
    ConfigurableApplicationContext app = new SpringApplicationBuilder(InterfederalCycleApplication.class).profiles("postgres")
        .run("--server.port=0", "--interfederal.directory.demo-users=classpath:directory/demo-users.yaml",
            "--DB_URL=" + url, "--DB_USER=postgres", "--DB_PASSWORD=postgres", "--ADMIN_PASSWORD=" + ADMIN_PASSWORD);
    long startupMs = ms(System.nanoTime() - t0);
    line("Machine: %d cores, JVM %s, max heap %d MiB; PostgreSQL 17 embedded on the same machine; other builds may run.",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    BenchHttp http = new BenchHttp("http://localhost:" + app.getEnvironment().getProperty("local.server.port"),
        ADMIN_PASSWORD, "demo");
    CycleWalk walk = new CycleWalk(http, app.getBean(IdentityService.class));
    BareEngineBaseline bare = new BareEngineBaseline(http, app.getBean(RepositoryService.class), walk.member("gdpcSecretariat"));
    HistoryService history = app.getBean(HistoryService.class);

    // warm-up: one cycle and some bare tasks (JIT, first document, connection pools), then the histograms start again
    walk.walk("warmup");
    bare.run(50);
    http.histograms().clear();

    CycleWalk measured = new CycleWalk(http, app.getBean(IdentityService.class));
    Date walkStart = new Date();
    long cycleNs = measured.walk("bench1");
    long serviceMs = serviceTaskMillis(history, walkStart);
    Map<String, Histogram> walkLatency = copy(http.histograms());
    http.histograms().clear();
    long bareNs = bare.run(measured.completed);
    Map<String, Histogram> bareLatency = copy(http.histograms());
    http.histograms().clear();
    long heapMiB = heapAfterGc();
    partOne(measured, cycleNs, serviceMs, walkLatency, bare, bareNs, bareLatency);

    // the knob: job acquisition at most 500 ms apart instead of 5 s (backing off to 1 s instead of 60 s)
    JobExecutor jobs = ((ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class).getProcessEngineConfiguration())
        .getJobExecutor();
    int waitTime = jobs.getWaitTimeInMillis();
    long maxWait = jobs.getMaxWait();
    jobs.setWaitTimeInMillis(500);
    jobs.setMaxWait(1000);
    CycleWalk tuned = new CycleWalk(http, app.getBean(IdentityService.class));
    long tunedNs = tuned.walk("bench2");
    jobs.setWaitTimeInMillis(waitTime);
    jobs.setMaxWait(maxWait);
    http.histograms().clear();
    line("%nJob executor knob: wait-time-in-millis %d → 500, max-wait %d → 1000: the same walk took %.1f s (%.2f× the bare"
        + " engine), of which %.1f s waiting for the asynchronous steps (default settings: %.1f s, %.1f s).",
        waitTime, maxWait, tunedNs / 1e9, (double) tunedNs / bareNs, tuned.waitNanos / 1e9, cycleNs / 1e9, measured.waitNanos / 1e9);

    // part 3: the open tasks of many cycles in their consultation round, and Tasklist's filters on them
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    OpenTasksLoad load = new OpenTasksLoad(http, jdbc);
    List<String> groups = new ArrayList<>(walk.consultedGroups);
    long openNs = load.openRounds(cycles, groups, app.getBean(CycleRegistry.class), app.getBean(DraftingRecords.class),
        app.getBean(RuntimeService.class));
    int overdue = load.makeOverdue();
    awaitJobs(load, 300);
    long open = load.openTasks();
    line("%n### 3. Tasklist filters (%d open tasks: %d cycles × %d consulted groups, %d of them overdue; set up in %.0f s)%n",
        open, cycles, groups.size(), overdue, openNs / 1e9);
    Map<SeededFilter, String> filters = app.getBean(TasklistFilters.class).ensureFilters();
    String cabinet = walk.member(groups.get(0));
    String coordinator = walk.member("coordinators");
    line("| GET /engine-rest/filter/{id}/list?firstResult=0&maxResults=15 | tasks in filter | n | p50 ms | p95 ms | p99 ms | max ms | target p95 ≤ 50 ms |");
    line("|---|---|---|---|---|---|---|---|");
    // the filters without the application's index on the tasks' due date (the filters' sort order), then with it
    Map<String, Histogram> filterLatency = new LinkedHashMap<>();
    for (String variant : List.of(" (without the due-date index)", "")) {
      jdbc.execute(variant.isEmpty() ? "create index app_idx_task_due_date on act_ru_task (due_date_)"
          : "drop index app_idx_task_due_date");
      jdbc.execute("analyze act_ru_task");
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String[] f : List.of(new String[] {"my group's tasks", cabinet, filters.get(SeededFilter.MY_GROUP_TASKS)},
          new String[] {"overdue", cabinet, filters.get(SeededFilter.OVERDUE)},
          new String[] {"all cycle tasks", coordinator, filters.get(SeededFilter.ALL_CYCLE_TASKS)})) {
        String label = "filter '" + f[0] + "' (" + f[1] + ")" + variant;
        counts.put(label, load.timeFilter(label, f[1], f[2], 30, 300));
      }
      counts.forEach((label, count) -> {
        Histogram h = http.histograms().get(label);
        line("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |", label, count, h.getTotalCount(), p(h, 50), p(h, 95), p(h, 99),
            h.getMaxValue() / 1000.0, p(h, 95) <= 50 ? "met" : "missed");
      });
      if (variant.isEmpty()) {
        filterLatency.putAll(copy(http.histograms()));
      }
      http.histograms().clear();
    }

    // part 2: 20 clients complete positions as fast as they are answered
    var queue = load.positionTasks(completions);
    int offered = queue.size();
    AtomicInteger failures = new AtomicInteger();
    long loadNs = load.complete(clients, queue, walk::member, failures);
    long backlog = load.executableJobs();
    long drainNs = awaitJobs(load, 600);
    Histogram h = http.histograms().values().iterator().next();
    double rate = h.getTotalCount() / (loadNs / 1e9);
    Map<String, Histogram> loadLatency = copy(http.histograms());
    http.histograms().clear();
    // the bare engine under the same clients on the same machine: what 2 cores allow at all
    var bareTasks = bare.open(app.getBean(RuntimeService.class), app.getBean(TaskService.class), completions);
    long bareLoadNs = load.complete(clients, bareTasks, walk::member, new AtomicInteger(), "bare complete (" + clients
        + " clients)", Map.of());
    Histogram b = http.histograms().values().iterator().next();
    loadLatency.putAll(copy(http.histograms()));
    line("%n### 2. Sustained completions, %d concurrent clients%n", clients);
    line("| completions | failed | wall s | completions/s | p50 ms | p95 ms | p99 ms | max ms | target ≥ 200/s |");
    line("|---|---|---|---|---|---|---|---|---|");
    line("| %d of %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %s |", h.getTotalCount() - failures.get(), offered, failures.get(),
        loadNs / 1e9, rate, p(h, 50), p(h, 95), p(h, 99), h.getMaxValue() / 1000.0, rate >= 200 ? "met" : "missed");
    line("| bare engine, one-task process, same clients: %d | | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | |", b.getTotalCount(),
        bareLoadNs / 1e9, b.getTotalCount() / (bareLoadNs / 1e9), p(b, 50), p(b, 95), p(b, 99), b.getMaxValue() / 1000.0);
    line("%nEach completion leaves a job (asyncAfter: the position ends its process in a job of its own); %d were still"
        + " waiting when the clients stopped, the job executor finished them %.1f s later: %.0f positions/s end to end.",
        backlog, drainNs / 1e9, h.getTotalCount() / ((loadNs + drainNs) / 1e9));

    line("%n### 4. Start-up and heap%n");
    line("| measure | value | target |");
    line("|---|---|---|");
    line("| start-up, fresh PostgreSQL database (schema, migrations, deployment, directory), in this JVM | %.1f s | ≤ 15 s (%s) |",
        startupMs / 1000.0, startupMs <= 15_000 ? "met" : "missed");
    line("| heap used after the cycles above and a full GC (application, benchmark client and its histograms) | %d MiB | ≤ 512 MB (%s) |",
        heapMiB, heapMiB * 1.048576 <= 512 ? "met" : "missed");

    Map<String, Histogram> chart = new LinkedHashMap<>();
    chart.put("bare engine: task complete", bareLatency.get("bare complete"));
    chart.put("cycle: task complete (all task types)", merged(walkLatency, "complete "));
    chart.put("cycle: task list query", walkLatency.get("query"));
    chart.putAll(loadLatency);
    chart.putAll(filterLatency);
    LatencyChart.write(new File("docs/benchmark-latency.png"), "Interfederal Cycle on PostgreSQL, 2 cores: client-side latency", chart);
    Files.createDirectories(Path.of("target/benchmark"));
    Files.writeString(Path.of("target/benchmark/results.md"), REPORT);
    app.close();
    System.exit(0);
  }

  private static void partOne(CycleWalk walk, long cycleNs, long serviceMs, Map<String, Histogram> walkLatency,
      BareEngineBaseline bare, long bareNs, Map<String, Histogram> bareLatency) {
    double ratio = (double) cycleNs / bareNs;
    line("%n### 1. The strategy cycle against the bare engine (same REST API, same database, same run)%n");
    line("| run | tasks | wall s | per task ms | ratio | target ≤ 1.5× |");
    line("|---|---|---|---|---|---|");
    line("| trivial one-task process (start, query, candidate group, complete) | %d | %.1f | %.0f | 1.00 | |", walk.completed,
        bareNs / 1e9, ms(bareNs) / (double) walk.completed);
    line("| strategy cycle, mandate to the TMD's decision and its documents | %d | %.1f | %.0f | %.2f | %s |", walk.completed,
        cycleNs / 1e9, ms(cycleNs) / (double) walk.completed, ratio, ratio <= 1.5 ? "met" : "missed");
    line("| strategy cycle without the time spent waiting for asynchronous steps | %d | %.1f | %.0f | %.2f | |", walk.completed,
        (cycleNs - walk.waitNanos) / 1e9, ms(cycleNs - walk.waitNanos) / (double) walk.completed,
        (double) (cycleNs - walk.waitNanos) / bareNs);
    line("%nWhere the cycle's time goes (client side; the server-side figure is the sum of the service tasks' durations in"
        + " Camunda's history):%n");
    line("| part | s | share |");
    line("|---|---|---|");
    double total = cycleNs / 1e9;
    double completes = sum(walkLatency, "complete ");
    double reads = sum(walkLatency, "query") + sum(walkLatency, "identity-links") + sum(walkLatency, "start");
    line("| task completions (HTTP, authentication, form validation, listeners, engine, commit) | %.1f | %.0f%% |", completes, 100 * completes / total);
    line("| task list and candidate-group queries, start | %.1f | %.0f%% |", reads, 100 * reads / total);
    line("| waiting for the asynchronous steps (job executor pick-up + service tasks) | %.1f | %.0f%% |", walk.waitNanos / 1e9, 100 * walk.waitNanos / 1e9 / total);
    line("| … of which service tasks running (document generation and the other delegates, server side) | %.1f | |", serviceMs / 1000.0);
    line("%nWaiting by the task waited for (s): %s", waits(walk.waitNanosByTask()));
    line("%n| request | n | p50 ms | p95 ms | p99 ms | max ms | p50 vs bare complete |");
    line("|---|---|---|---|---|---|---|");
    Histogram bareComplete = bareLatency.get("bare complete");
    Map<String, Histogram> all = new LinkedHashMap<>(bareLatency);
    all.putAll(walkLatency);
    all.forEach((label, h) -> line("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f× |", label, h.getTotalCount(), p(h, 50), p(h, 95),
        p(h, 99), h.getMaxValue() / 1000.0, p(h, 50) / p(bareComplete, 50)));
  }

  private static String waits(Map<String, Long> waits) {
    StringBuilder s = new StringBuilder();
    waits.forEach((task, ns) -> {
      if (ns > 50_000_000L) {
        s.append(s.isEmpty() ? "" : ", ").append(task).append(String.format(" %.1f", ns / 1e9));
      }
    });
    return s.toString();
  }

  private static long serviceTaskMillis(HistoryService history, Date since) {
    long sum = 0;
    for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().activityType("serviceTask")
        .startedAfter(since).finished().list()) {
      sum += a.getDurationInMillis() == null ? 0 : a.getDurationInMillis();
    }
    return sum;
  }

  /** Waits until no executable job is left; returns how long that took (ns). */
  private static long awaitJobs(OpenTasksLoad load, int seconds) {
    long start = System.nanoTime();
    while (load.executableJobs() > 0 && System.nanoTime() - start < seconds * 1_000_000_000L) {
      CycleWalk.sleep(100);
    }
    return System.nanoTime() - start;
  }

  private static long heapAfterGc() {
    for (int n = 0; n < 3; n++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private static Map<String, Histogram> copy(Map<String, Histogram> histograms) {
    Map<String, Histogram> copy = new LinkedHashMap<>();
    histograms.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> copy.put(e.getKey(), e.getValue().copy()));
    return copy;
  }

  private static Histogram merged(Map<String, Histogram> histograms, String prefix) {
    Histogram all = new Histogram(3_600_000_000L, 3);
    histograms.forEach((label, h) -> {
      if (label.startsWith(prefix)) {
        all.add(h);
      }
    });
    return all;
  }

  private static double sum(Map<String, Histogram> histograms, String prefix) {
    double micros = 0;
    for (var e : histograms.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        micros += e.getValue().getMean() * e.getValue().getTotalCount();
      }
    }
    return micros / 1e6;
  }

  private static double p(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1000.0;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static void line(String format, Object... args) {
    String s = String.format(format, args);
    System.out.println(s);
    REPORT.append(s).append('\n');
  }
}
