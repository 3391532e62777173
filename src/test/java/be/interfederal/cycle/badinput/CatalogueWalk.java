package be.interfederal.cycle.badinput;

import be.interfederal.cycle.support.CycleDriver;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a started cycle to its end, and the early warnings beside it, answering every task well; the first task of
 * each kind is handed to {@code firstOfItsKind} before it is answered. When nothing is open, the cycle's next
 * timer (a monitoring round, an evaluation, the next cycle) is fired. The follow-up tasks of late answers are made to
 * appear by firing the timer of the first late-able task of each kind.
 */
final class CatalogueWalk {

  /** A task kind → the timer on it whose firing opens the chair's follow-up. */
  private static final Map<String, String> FOLLOW_UPS = Map.of("givePosition", "positionOverdue",
      "draftCndcActions", "cndcPlanOverdue", "assessRisk", "assessmentOverdue", "acknowledgeWarning", "responseOverdue");
  private static final List<String> CYCLE_TIMERS = List.of("monitoringRoundDue", "midTermEvaluationDue",
      "finalEvaluationDue", "nextCycleDue");

  private final CycleDriver cycle;
  private final Answers answers;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final Set<String> seen = new HashSet<>();
  private final Set<String> answered = new HashSet<>();

  CatalogueWalk(CycleDriver cycle, Answers answers, RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.cycle = cycle;
    this.answers = answers;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /**
   * Walks until the cycle's process has ended; returns the kinds of task seen. The first task of each kind is
   * answered by {@code firstAnswer} (which says whether it took the answer); the others through the Java API.
   */
  Set<String> toTheEnd(String cycleInstanceId, Consumer<Task> firstOfItsKind, BiPredicate<Task, Map<String, Object>> firstAnswer) {
    for (int step = 0; step < 3000; step++) {
      if (runtime.createProcessInstanceQuery().processInstanceId(cycleInstanceId).count() == 0) {
        return seen;
      }
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(cycle.businessKey()).list();
      if (open.isEmpty()) {
        fireNextTimer(cycleInstanceId);
        continue;
      }
      // a kind not seen yet goes first: a follow-up must be met before the answer that makes it moot
      Task task = open.stream().min(Comparator.comparing((Task t) -> seen.contains(t.getTaskDefinitionKey()))
          .thenComparing(Task::getCreateTime).thenComparing(Task::getId)).orElseThrow();
      if (seen.add(task.getTaskDefinitionKey())) {
        firstOfItsKind.accept(task);
        // a bad input that was let through has completed it: the catalogue reports that, the walk goes on
        if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
          cycle.runJobs();
          continue;
        }
        if (FOLLOW_UPS.containsKey(task.getTaskDefinitionKey())) {
          fire(task.getProcessInstanceId(), FOLLOW_UPS.get(task.getTaskDefinitionKey()));
          continue;
        }
      }
      Map<String, Object> answer = answers.to(task);
      if (answered.add(task.getTaskDefinitionKey()) && firstAnswer.test(task, answer)) {
        cycle.runJobs();
      } else {
        cycle.complete(task, answer);
      }
    }
    throw new AssertionError("The cycle " + cycle.businessKey() + " has not ended after 3000 steps");
  }

  private void fireNextTimer(String cycleInstanceId) {
    Job next = management.createJobQuery().processInstanceId(cycleInstanceId).timers().list().stream()
        .filter(job -> CYCLE_TIMERS.contains(activity(job)))
        .min(Comparator.comparing(Job::getDuedate))
        .orElseThrow(() -> new AssertionError("Nothing open and no timer in " + cycle.businessKey()));
    management.executeJob(next.getId());
    cycle.runJobs();
  }

  private void fire(String processInstanceId, String timer) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .filter(j -> timer.equals(activity(j))).findFirst()
        .orElseThrow(() -> new AssertionError("No timer " + timer + " in " + processInstanceId));
    management.executeJob(job.getId());
    cycle.runJobs();
  }

  private String activity(Job job) {
    return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
  }
}
