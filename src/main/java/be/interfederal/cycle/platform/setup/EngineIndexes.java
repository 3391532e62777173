package be.interfederal.cycle.platform.setup;

import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's own tables that its schema lacks and Tasklist's filters need. Every seeded filter sorts the
 * open tasks by due date (TasklistFilters); without an index on ACT_RU_TASK.DUE_DATE_ PostgreSQL sorts every visible
 * task for each page: with 10 000 open tasks the coordinators' "all cycle tasks" took a p95 of about 110 ms, with the
 * index about 40 ms (docs/performance.md, "Benchmark (issue 10)").
 *
 * <p>Not a Flyway migration: Flyway runs before the engine creates its tables on a fresh database. Created once, after
 * the engine (and its schema) is up; {@code if not exists} makes every later start a no-op (H2 and PostgreSQL).
 */
@Component
class EngineIndexes {

  static final String TASK_DUE_DATE = "app_idx_task_due_date";

  private final JdbcTemplate jdbc;

  EngineIndexes(ProcessEngine engine, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @PostConstruct
  void ensure() {
    jdbc.execute("create index if not exists " + TASK_DUE_DATE + " on act_ru_task (due_date_)");
  }
}
