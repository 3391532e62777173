package be.interfederal.cycle.benchmark;

import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import be.interfederal.cycle.support.ConsultationFixture;
import be.interfederal.cycle.support.CycleDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many cycles in their consultation round at once: for each cycle a registered drafting round and one
 * consultation-position instance per consulted group (as gdpc-drafting asks them, ConsultationFixture), started
 * in-process to set the scene fast. Then Tasklist's filters are timed on the open tasks, and 20 clients complete
 * positions through /engine-rest as the groups' members.
 */
final class OpenTasksLoad {

  private final BenchHttp http;
  private final JdbcTemplate jdbc;

  OpenTasksLoad(BenchHttp http, JdbcTemplate jdbc) {
    this.http = http;
    this.jdbc = jdbc;
  }

  /** Opens a consultation round in this many cycles, one position task per group; returns the wall time (ns). */
  long openRounds(int cycles, List<String> groups, CycleRegistry registry, DraftingRecords drafting, RuntimeService runtime)
      throws Exception {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int n = 0; n < cycles; n++) {
      int number = n;
      done.add(pool.submit(() -> {
        ConsultationFixture round = new ConsultationFixture(registry, drafting, runtime, "Benchmarkcyclus " + number);
        groups.forEach(round::ask);
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    return System.nanoTime() - started;
  }

  /** One position task in five is made overdue (its due date moved to yesterday; its timers stay where they were). */
  int makeOverdue() {
    return jdbc.update("update act_ru_task set due_date_ = now() - interval '1 day'"
        + " where task_def_key_ = 'givePosition' and mod(abs(hashtext(id_)), 5) = 0");
  }

  long openTasks() {
    return jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
  }

  /** Times GET /engine-rest/filter/{id}/list (Tasklist's first page) as the user; returns the filter's task count. */
  long timeFilter(String label, String user, String filterId, int warmUp, int measured) {
    String path = "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15";
    for (int n = 0; n < warmUp; n++) {
      http.get(null, user, path);
    }
    for (int n = 0; n < measured; n++) {
      http.get(label, user, path);
    }
    return http.get(null, user, "/engine-rest/filter/" + filterId + "/count").get("count").asLong();
  }

  /** The open position tasks with their candidate group, in a random order. */
  ConcurrentLinkedQueue<String[]> positionTasks(int limit) {
    List<String[]> rows = jdbc.query("select t.id_, l.group_id_ from act_ru_task t join act_ru_identitylink l"
        + " on l.task_id_ = t.id_ and l.type_ = 'candidate' where t.task_def_key_ = 'givePosition' order by random() limit ?",
        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, limit);
    return new ConcurrentLinkedQueue<>(rows);
  }

  /** The clients complete the queue's tasks as fast as they get answers; returns the wall time (ns). */
  long complete(int clients, ConcurrentLinkedQueue<String[]> tasks, Function<String, String> memberOf, AtomicInteger failures)
      throws Exception {
    return complete(clients, tasks, memberOf, failures, "position complete (" + clients + " clients)",
        CycleDriver.positions("agree", null, 6));
  }

  /** The same, with another form and another label for the latencies. */
  long complete(int clients, ConcurrentLinkedQueue<String[]> tasks, Function<String, String> memberOf, AtomicInteger failures,
      String label, Map<String, Object> form) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (String[] task = tasks.poll(); task != null; task = tasks.poll()) {
          try {
            http.complete(label, memberOf.apply(task[1]), task[0], form);
          } catch (RuntimeException e) {
            if (failures.incrementAndGet() <= 3) {
              System.err.println(e.getMessage());
            }
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    return System.nanoTime() - started;
  }

  long executableJobs() {
    return jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())"
        + " and suspension_state_ = 1", Long.class);
  }
}
