package be.interfederal.cycle.platform.security;

/**
 * The engine REST endpoints that expose a cycle's history or variables, as the matrix asks them: each query is
 * limited to what the parked cycles wrote (their business keys, their process instances, or what happened since
 * they started), never to what the asking user should see, so that anything beyond that shows up. The variable
 * endpoints are asked by POST with {@code processInstanceIdIn} (every process instance of the parked cycles at once):
 * the same query as {@code ?processInstanceId=…}, one request instead of one per instance.
 */
enum HistoryEndpoint {
  HISTORIC_TASK("GET", "/history/task?processInstanceBusinessKey={key}", "processInstanceId", "id", "activityInstanceId"),
  HISTORIC_PROCESS_INSTANCE("GET", "/history/process-instance?startedAfter={since}", "id", null, "id"),
  HISTORIC_ACTIVITY_INSTANCE("GET", "/history/activity-instance?startedAfter={since}", "processInstanceId", "taskId", "id"),
  HISTORIC_VARIABLE_INSTANCE("POST", "/history/variable-instance?deserializeValues=false", "processInstanceId", "taskId",
      "activityInstanceId"),
  HISTORIC_DETAIL("GET", "/history/detail?occurredAfter={since}&deserializeValues=false", "processInstanceId", "taskId",
      "activityInstanceId"),
  VARIABLE_INSTANCE("POST", "/variable-instance?deserializeValues=false", "processInstanceId", "taskId", "activityInstanceId");

  final String method;
  final String path;
  /** The JSON fields of a row: its process instance, its task (if any) and the activity instance it belongs to. */
  final String processInstanceField;
  final String taskField;
  final String scopeField;

  HistoryEndpoint(String method, String path, String processInstanceField, String taskField, String scopeField) {
    this.method = method;
    this.path = path;
    this.processInstanceField = processInstanceField;
    this.taskField = taskField;
    this.scopeField = scopeField;
  }

  /** Asked once per cycle (by business key) rather than once for all parked cycles. */
  boolean perCycle() {
    return path.contains("{key}");
  }

  /** The column of the matrix summary. */
  String column() {
    return label().replace("/history/", "h:").replace("/", "").replace("-instance", "");
  }

  /** The endpoint without its query, as the matrix names it. */
  String label() {
    return path.substring(0, path.indexOf('?'));
  }
}
