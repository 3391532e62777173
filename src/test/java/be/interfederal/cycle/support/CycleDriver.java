package be.interfederal.cycle.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Walks a cycle through the Java API as its real users: each task is completed by a demo member of its candidate
 * group, with that user's authorizations; asynchronous jobs run when the driver says so.
 */
public class CycleDriver {

  public static final String TITLE = "Interfederale drugsstrategie 2030–2033";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final String businessKey;

  public CycleDriver(RuntimeService runtime, TaskService tasks, ManagementService management, IdentityService identity,
      String businessKey) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.identity = identity;
    this.businessKey = businessKey;
  }

  public String businessKey() {
    return businessKey;
  }

  public ProcessInstance start(int periodStart, int periodEnd, String predecessor) {
    Map<String, Object> vars = new LinkedHashMap<>(Map.of("title", TITLE, "periodStart", periodStart, "periodEnd", periodEnd));
    if (predecessor != null) {
      vars.put("predecessorKey", predecessor);
    }
    ProcessInstance instance = runtime.startProcessInstanceByKey("policy-cycle", businessKey, vars);
    runJobs();
    return instance;
  }

  /** Executes every job that is due now (async service tasks, due timers), repeatedly, until none is left. */
  public void runJobs() {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Jobs keep coming: a loop in the models?");
  }

  public List<Task> open(String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
  }

  public Task single(String taskKey) {
    List<Task> found = open(taskKey);
    if (found.size() != 1) {
      throw new AssertionError("Expected one open task " + taskKey + " in " + businessKey + " but found " + found.size());
    }
    return found.get(0);
  }

  public String candidateGroup(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElseThrow();
  }

  /** Completes the task as a member of its candidate group, with that user's authorizations. */
  public void complete(Task task, Map<String, Object> variables) {
    String user = TestUsers.memberOf(identity, candidateGroup(task));
    TestUsers.as(identity, user, () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
    runJobs();
  }

  public void completeAll(String taskKey, Function<Task, Map<String, Object>> variables) {
    for (Task task : open(taskKey)) {
      complete(task, variables.apply(task));
    }
  }

  /** The rows an embedded form starts from: the task's (local) list variable. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> rows(Task task, String variable) {
    Object value = tasks.getVariable(task.getId(), variable);
    return value instanceof SpinJsonNode json ? json.mapTo(List.class) : (List<Map<String, Object>>) value;
  }

  /** A data provider's values, as the indicator-values form submits them: each indicator of the task gets one. */
  public Map<String, Object> indicatorValues(Task task, Function<Map<String, Object>, Object> value) {
    List<Map<String, Object>> submitted = new ArrayList<>();
    for (Map<String, Object> row : rows(task, "indicatorValues")) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("indicatorId", row.get("indicatorId"));
      answer.put("value", value.apply(row));
      answer.put("note", null);
      submitted.add(answer);
    }
    return Map.of("indicatorValues", submitted);
  }

  /** An owner's progress, as the action-progress form submits it: each action of the task gets a status. */
  public Map<String, Object> actionProgress(Task task, String status, String reason, Object budgetSpent) {
    List<Map<String, Object>> submitted = new ArrayList<>();
    for (Map<String, Object> row : rows(task, "actionProgress")) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("plan", row.get("plan"));
      answer.put("position", row.get("position"));
      answer.put("status", status);
      answer.put("reason", reason);
      answer.put("budgetSpent", budgetSpent);
      submitted.add(answer);
    }
    return Map.of("actionProgress", submitted);
  }

  // --- the form data of each task, as Tasklist submits it ---

  public static Map<String, Object> mandate() {
    return Map.of("mandateDate", "2026-05-20", "mandateScope", "Nieuwe strategie voor 2030–2033 met aandacht voor cocaïne en synthetische drugs.",
        "scopeCategories", List.of("illegalDrugs", "legalDrugs", "addictiveBehaviours"));
  }

  public static Map<String, Object> contribution() {
    Map<String, Object> indicator = new LinkedHashMap<>();
    indicator.put("name", "Cannabisgebruik laatste jaar (15–64 jaar)");
    indicator.put("value", 7.0);
    indicator.put("unit", "%");
    indicator.put("year", 2028);
    indicator.put("source", "Gezondheidsenquête");
    indicator.put("method", "survey");
    indicator.put("eudaComparable", true);
    return Map.of("indicators", List.of(indicator), "dataGaps", "Geen gegevens over lachgas bij minderjarigen.");
  }

  public static Map<String, Object> foresight() {
    return Map.of("trends", List.of(Map.of("trend", "Meer synthetische opioïden", "priority", "high"),
        Map.of("trend", "Hybride gok- en gamingvormen", "priority", "lower")),
        "workshopDate", "2029-02-12", "workshopValidated", true);
  }

  public static Map<String, Object> positions(String answer, String remarks, int objectives) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n = 1; n <= objectives; n++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("objectiveNumber", n);
      row.put("position", n == 1 ? answer : "agree");
      row.put("remarks", n == 1 ? remarks : null);
      rows.add(row);
    }
    return Map.of("positions", rows);
  }

  /** One action of an action plan as the action form submits it. */
  public static Map<String, Object> action(String title, List<String> objectives, String start, String end, Object budget) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("titleNl", title);
    row.put("titleFr", title + " (FR)");
    row.put("titleEn", null);
    row.put("objectives", objectives);
    row.put("leadGovernment", "federal");
    row.put("leadMinister", "verlinden");
    row.put("partners", "Douane, DJSOC, havenbedrijven");
    row.put("start", start);
    row.put("end", end);
    row.put("budget", budget);
    row.put("pillar", "repression");
    row.put("scopeCategory", "illegalDrugs");
    row.put("existingPlan", null);
    return row;
  }

  public static Map<String, Object> actions(List<Map<String, Object>> rows) {
    return Map.of("actions", rows);
  }

  /** One indicator of the M&E strategy as its form submits it. */
  public static Map<String, Object> indicator(String title, String objective, String provider, String baseline, Object year) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("titleNl", title);
    row.put("titleFr", title + " (FR)");
    row.put("objective", objective);
    row.put("kind", "quantitative");
    row.put("provider", provider);
    row.put("baseline", baseline);
    row.put("baselineYear", year);
    row.put("target", null);
    row.put("frequency", "yearly");
    row.put("eudaComparable", true);
    return row;
  }

  /** The M&E strategy's form: indicators and the calendar of a 2030–2033 cycle. */
  public static Map<String, Object> meStrategy(List<Map<String, Object>> indicators) {
    return Map.of("indicators", indicators, "monitoringDay", "04-01", "midTermEvaluation", "2031-06-30",
        "finalEvaluation", "2032-12-31");
  }

  public static Map<String, Object> draft(LocalDate due) {
    return Map.of("visionNl", "Een gezonde, veilige en welvarende samenleving voor iedereen.",
        "visionFr", "Une société saine, sûre et prospère pour tous.",
        "missionNl", "Een evenwichtig, globaal en geïntegreerd drugsbeleid.",
        "missionFr", "Une politique drogues équilibrée, globale et intégrée.",
        "changesSummary", "Bijgewerkt na de consultatie.", "consultationDueDate", due.toString());
  }
}
