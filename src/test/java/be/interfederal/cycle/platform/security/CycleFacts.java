package be.interfederal.cycle.platform.security;

import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentSummary;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What the parked cycles hold, read through the Java API without an authenticated user (so without authorization
 * checks): their open tasks and every task they had with its candidate groups, their documents, which groups took
 * part (had a task), and every row the history and variable endpoints could return for them.
 */
final class CycleFacts {

  record OpenTask(String id, String key, String businessKey, Set<String> candidates) {
    String label() {
      return "task " + key + " " + candidates + " of " + businessKey;
    }
  }

  record Document(String id, String businessKey, String label) {}

  final List<String> businessKeys;
  final Date since;
  final Set<String> instanceIds = new TreeSet<>();
  /** Process instance → its process definition key, to name rows in the findings. */
  final Map<String, String> processOf = new HashMap<>();
  final List<OpenTask> openTasks = new ArrayList<>();
  final List<Document> documents = new ArrayList<>();
  /** Every task of the cycles, open or done: its candidate groups. */
  final Map<String, Set<String>> candidates = new HashMap<>();
  final Map<String, String> taskLabels = new HashMap<>();
  final Map<String, String> taskScope = new HashMap<>();
  final Map<String, String> taskInstance = new HashMap<>();
  /** Activity instance → the activity instance it runs in (for a top-level activity: the process instance). */
  final Map<String, String> parentScope = new HashMap<>();
  /** Business key → the groups that had a task in that cycle (or an early warning of it). */
  final Map<String, Set<String>> participants = new LinkedHashMap<>();
  final Map<HistoryEndpoint, List<Row>> rows = new EnumMap<>(HistoryEndpoint.class);

  CycleFacts(List<String> businessKeys, RuntimeService runtime, TaskService tasks, HistoryService history,
      DocumentService documentService) {
    this.businessKeys = List.copyOf(businessKeys);
    List<HistoricProcessInstance> instances = new ArrayList<>();
    for (String key : businessKeys) {
      instances.addAll(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list());
      participants.put(key, new TreeSet<>());
      for (DocumentSummary d : documentService.list(key)) {
        documents.add(new Document(d.id().toString(), key, "document " + d.type() + " " + d.language() + " "
            + d.format() + " v" + d.version() + " of " + key));
      }
    }
    instances.forEach(i -> {
      instanceIds.add(i.getId());
      processOf.put(i.getId(), i.getProcessDefinitionKey());
    });
    // a second before the first start: the REST queries ask for what happened since (engine timestamps)
    since = new Date(instances.stream().mapToLong(i -> i.getStartTime().getTime()).min().orElseThrow() - 1000);
    rows.put(HistoryEndpoint.HISTORIC_PROCESS_INSTANCE,
        instances.stream().map(i -> new Row(i.getId(), i.getId(), null, i.getId())).toList());

    Map<String, Set<String>> linked = new HashMap<>();
    for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().type(IdentityLinkType.CANDIDATE)
        .operationType("add").list()) {
      if (link.getGroupId() != null && link.getTaskId() != null) {
        linked.computeIfAbsent(link.getTaskId(), id -> new TreeSet<>()).add(link.getGroupId());
      }
    }
    List<Row> taskRows = new ArrayList<>();
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new)).list()) {
      Set<String> groups = linked.getOrDefault(task.getId(), Set.of());
      candidates.put(task.getId(), groups);
      taskLabels.put(task.getId(), task.getTaskDefinitionKey() + groups);
      taskScope.put(task.getId(), task.getActivityInstanceId());
      taskInstance.put(task.getId(), task.getProcessInstanceId());
      participants.get(businessKeyOf(instances, task.getProcessInstanceId())).addAll(groups);
      taskRows.add(new Row(task.getId(), task.getProcessInstanceId(), task.getId(), task.getActivityInstanceId()));
    }
    rows.put(HistoryEndpoint.HISTORIC_TASK, taskRows);

    for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
        .orderByTaskCreateTime().asc().list()) {
      Set<String> groups = new TreeSet<>();
      tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
          .map(IdentityLink::getGroupId).forEach(groups::add);
      openTasks.add(new OpenTask(task.getId(), task.getTaskDefinitionKey(),
          businessKeyOf(instances, task.getProcessInstanceId()), groups));
    }

    List<Row> activities = new ArrayList<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().startedAfter(since).list()) {
      if (instanceIds.contains(activity.getProcessInstanceId())) {
        parentScope.put(activity.getId(), activity.getParentActivityInstanceId());
        activities.add(new Row(activity.getId(), activity.getProcessInstanceId(), activity.getTaskId(), activity.getId()));
      }
    }
    rows.put(HistoryEndpoint.HISTORIC_ACTIVITY_INSTANCE, activities);
    String[] ids = instanceIds.toArray(String[]::new);
    rows.put(HistoryEndpoint.HISTORIC_VARIABLE_INSTANCE, history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids).disableCustomObjectDeserialization().list().stream()
        .map(v -> new Row(v.getId(), v.getProcessInstanceId(), v.getTaskId(), v.getActivityInstanceId())).toList());
    rows.put(HistoryEndpoint.HISTORIC_DETAIL, history.createHistoricDetailQuery().occurredAfter(since)
        .disableCustomObjectDeserialization().list().stream().filter(d -> instanceIds.contains(d.getProcessInstanceId()))
        .map(d -> new Row(d.getId(), d.getProcessInstanceId(), d.getTaskId(), d.getActivityInstanceId())).toList());
    rows.put(HistoryEndpoint.VARIABLE_INSTANCE, runtime.createVariableInstanceQuery().processInstanceIdIn(ids)
        .disableCustomObjectDeserialization().list().stream()
        .map(v -> new Row(v.getId(), v.getProcessInstanceId(), v.getTaskId(), v.getActivityInstanceId())).toList());
  }

  /** The tasks, open or done, that one of these groups was a candidate of. */
  Set<String> tasksOf(Set<String> groups) {
    Set<String> own = new TreeSet<>();
    candidates.forEach((task, of) -> {
      if (of.stream().anyMatch(groups::contains)) {
        own.add(task);
      }
    });
    return own;
  }

  /**
   * What a form of these tasks shows: each task's activity instance and the scopes around it, up to its process
   * instance — the variables /task/{id}/variables answers for the task.
   */
  Set<String> scopesOf(Set<String> tasks) {
    Set<String> scopes = new TreeSet<>();
    for (String task : tasks) {
      for (String scope = taskScope.get(task); scope != null && scopes.add(scope); scope = parentScope.get(scope)) {
        // walk up
      }
      scopes.add(taskInstance.get(task));
    }
    return scopes;
  }

  /** Whether a row belongs to one of the tasks, or to a scope one of them shows. */
  static boolean within(Row row, Set<String> tasks, Set<String> scopes) {
    return row.taskId() != null ? tasks.contains(row.taskId()) : row.scope() != null && scopes.contains(row.scope());
  }

  String describe(Row row) {
    return row.taskId() != null && taskLabels.containsKey(row.taskId()) ? taskLabels.get(row.taskId())
        : processOf.get(row.processInstanceId()) + " " + row.processInstanceId() + " row " + row.id();
  }

  private static String businessKeyOf(List<HistoricProcessInstance> instances, String instanceId) {
    return instances.stream().filter(i -> i.getId().equals(instanceId)).findFirst().orElseThrow().getBusinessKey();
  }
}
