package be.interfederal.cycle.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application has stored, compact enough to take before and after every bad submission: per table of its
 * own (not the engine's), the row count and the latest audit time; and per engine table a submission could write
 * (variables, tasks, executions, their history, byte arrays), the row count. A refused submission must leave it
 * unchanged.
 */
final class DataFingerprint {

  private static final List<String> ENGINE_TABLES = List.of("ACT_RU_VARIABLE", "ACT_RU_TASK", "ACT_RU_EXECUTION",
      "ACT_RU_JOB", "ACT_GE_BYTEARRAY", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_TASKINST", "ACT_HI_PROCINST",
      "ACT_HI_ACTINST", "ACT_HI_OP_LOG");

  private final JdbcTemplate jdbc;
  private final Map<String, String> queries = new LinkedHashMap<>();

  DataFingerprint(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    List<Map<String, Object>> tables = jdbc.queryForList("select t.table_name, "
        + "(select count(*) from information_schema.columns c where c.table_schema = t.table_schema "
        + "and c.table_name = t.table_name and c.column_name = 'RECORDED_AT') as audited "
        + "from information_schema.tables t where t.table_schema = 'PUBLIC' and t.table_type = 'BASE TABLE' "
        + "and t.table_name not like 'ACT\\_%' and t.table_name <> 'flyway_schema_history' order by t.table_name");
    for (Map<String, Object> table : tables) {
      String name = (String) table.get("TABLE_NAME");
      boolean audited = ((Number) table.get("AUDITED")).intValue() > 0;
      queries.put(name, "select count(*) || '@' || " + (audited ? "coalesce(cast(max(recorded_at) as varchar), '-')" : "'-'")
          + " from \"" + name + "\"");
    }
    if (queries.size() < 10) {
      throw new IllegalStateException("Found only " + queries.keySet() + " of the application's tables (H2 is expected)");
    }
    ENGINE_TABLES.forEach(name -> queries.put(name, "select cast(count(*) as varchar) from " + name));
  }

  Map<String, String> take() {
    Map<String, String> print = new LinkedHashMap<>();
    queries.forEach((table, query) -> print.put(table, jdbc.queryForObject(query, String.class)));
    return print;
  }

  /** The tables whose print differs, with before → after. */
  static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
    Map<String, String> changed = new LinkedHashMap<>();
    after.forEach((table, print) -> {
      if (!print.equals(before.get(table))) {
        changed.put(table, before.get(table) + " → " + print);
      }
    });
    return changed;
  }
}
