package be.interfederal.cycle.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine through the same REST API: a trivial process with one user task for a candidate group, no form,
 * no listener, no service task. Each "task" is one instance: started by the administrator, its task looked up and
 * its candidate group read as the cycle walk does, completed by a member of the group.
 */
final class BareEngineBaseline {

  static final String KEY = "benchmark-one-task";
  private static final String GROUP = "gdpcSecretariat";

  private final BenchHttp http;
  private final String user;

  BareEngineBaseline(BenchHttp http, RepositoryService repository, String user) {
    this.http = http;
    this.user = user;
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .name("Benchmark / Benchmark").startEvent()
        .userTask("task").name("Taak / Tâche").camundaCandidateGroups(GROUP).endEvent().done();
    repository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
  }

  /** Starts this many one-task instances (Java API, not measured); returns their tasks with the candidate group. */
  ConcurrentLinkedQueue<String[]> open(RuntimeService runtime, TaskService tasks, int instances) {
    for (int n = 0; n < instances; n++) {
      runtime.startProcessInstanceByKey(KEY, "bareload" + n);
    }
    ConcurrentLinkedQueue<String[]> open = new ConcurrentLinkedQueue<>();
    tasks.createTaskQuery().processDefinitionKey(KEY).list().forEach(task -> open.add(new String[] {task.getId(), GROUP}));
    return open;
  }

  /** Completes this many one-task instances, one after the other; returns the wall time in nanoseconds. */
  long run(int tasks) {
    long started = System.nanoTime();
    for (int n = 0; n < tasks; n++) {
      var response = http.send("bare start", "admin", "POST", "/engine-rest/process-definition/key/" + KEY + "/start",
          BenchHttp.write(Map.of("businessKey", "bare" + n)));
      if (response.statusCode() != 200) {
        throw new IllegalStateException("start " + KEY + ": " + response.body());
      }
      String instance = BenchHttp.read(response.body()).get("id").asText();
      JsonNode task = http.get("bare query", "admin", "/engine-rest/task?processInstanceId=" + instance).get(0);
      String id = task.get("id").asText();
      http.get("bare identity-links", "admin", "/engine-rest/task/" + id + "/identity-links?type=candidate");
      http.complete("bare complete", user, id, Map.of());
    }
    return System.nanoTime() - started;
  }
}
