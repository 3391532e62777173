package be.interfederal.cycle.platform.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The Tasklist filters every user starts with. Each is recognised by the "key" in its properties, so renaming a
 * filter in Tasklist does not make a duplicate on the next start. Names are in Dutch and French: Tasklist shows
 * filter names as they are stored.
 */
@Service
public class TasklistFilters {

  /** The filters, by key. */
  public enum SeededFilter {
    MY_TASKS("myTasks", "Mijn taken / Mes tâches",
        "Taken die aan mij zijn toegewezen / Tâches qui me sont assignées", -10),
    MY_GROUP_TASKS("myGroupTasks", "Taken van mijn groep / Tâches de mon groupe",
        "Taken voor mijn kabinet, administratie of orgaan / Tâches de mon cabinet, administration ou organe", 0),
    OVERDUE("overdue", "Over tijd / En retard",
        "Mijn taken en die van mijn groep waarvan de termijn verstreken is / Mes tâches et celles de mon groupe dont l'échéance est dépassée", 10),
    ALL_CYCLE_TASKS("allCycleTasks", "Alle cyclustaken / Toutes les tâches du cycle",
        "Alle open taken van alle cycli (coördinatoren) / Toutes les tâches ouvertes de tous les cycles (coordinateurs)", 20);

    private final String key;
    private final String displayName;
    private final String description;
    private final int priority;

    SeededFilter(String key, String displayName, String description, int priority) {
      this.key = key;
      this.displayName = displayName;
      this.description = description;
      this.priority = priority;
    }

    public String key() {
      return key;
    }

    public String displayName() {
      return displayName;
    }
  }

  private static final String KEY_PROPERTY = "key";
  private static final String CURRENT_USER = "${currentUser()}";
  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final TasklistProperties properties;

  public TasklistFilters(FilterService filterService, TaskService taskService, TasklistProperties properties) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.properties = properties;
  }

  /** Creates the missing filters; returns every seeded filter's id by filter. */
  public Map<SeededFilter, String> ensureFilters() {
    Map<SeededFilter, String> ids = new LinkedHashMap<>();
    for (SeededFilter seeded : SeededFilter.values()) {
      Filter filter = find(seeded).orElseGet(() -> create(seeded));
      ids.put(seeded, filter.getId());
    }
    return ids;
  }

  private Optional<Filter> find(SeededFilter seeded) {
    return filterService.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && seeded.key.equals(f.getProperties().get(KEY_PROPERTY)))
        .findFirst();
  }

  private Filter create(SeededFilter seeded) {
    Filter filter = filterService.newTaskFilter(seeded.displayName);
    filter.setQuery(query(seeded));
    Map<String, Object> props = new LinkedHashMap<>();
    props.put(KEY_PROPERTY, seeded.key);
    props.put("description", seeded.description);
    props.put("priority", seeded.priority);
    props.put("refresh", true);
    props.put("variables", List.of(
        Map.of("name", properties.cycleVariable(), "label", "Cyclus / Cycle"),
        Map.of("name", properties.phaseVariable(), "label", "Fase / Phase")));
    filter.setProperties(props);
    return filterService.saveFilter(filter);
  }

  private TaskQuery query(SeededFilter seeded) {
    TaskQuery query = taskService.createTaskQuery();
    return switch (seeded) {
      case MY_TASKS -> query.taskAssigneeExpression(CURRENT_USER).orderByDueDate().asc();
      case MY_GROUP_TASKS -> query.taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks()
          .orderByDueDate().asc();
      case OVERDUE -> query.or()
            .taskAssigneeExpression(CURRENT_USER)
            .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
          .endOr()
          .dueBeforeExpression("${now()}")
          .orderByDueDate().asc();
      case ALL_CYCLE_TASKS -> query.orderByDueDate().asc();
    };
  }
}
