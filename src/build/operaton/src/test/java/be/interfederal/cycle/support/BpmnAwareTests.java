package be.interfederal.cycle.support;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.Assertions;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;

/**
 * Operaton build only (copied in by src/build/java/OperatonSources.java; README "Running on Operaton"): the few
 * process-instance assertions of camunda-bpm-assert that the tests use, because operaton-bpm-assert is not on the
 * Maven Central that this project reaches. Same meaning as camunda-bpm-assert's: {@code isActive} (running, not
 * suspended), {@code isEnded}, {@code hasPassed} (every id among the instance's finished activities),
 * {@code isWaitingAt} / {@code isNotWaitingAt} (among its active activities, or none of them).
 */
public final class BpmnAwareTests {

  private static ProcessEngine engine;

  private BpmnAwareTests() {}

  public static void init(ProcessEngine processEngine) {
    engine = processEngine;
  }

  public static ProcessInstanceAssert assertThat(ProcessInstance instance) {
    Assertions.assertThat(engine).as("BpmnAwareTests.init(engine) called").isNotNull();
    Assertions.assertThat(instance).as("process instance").isNotNull();
    return new ProcessInstanceAssert(instance.getId());
  }

  public static final class ProcessInstanceAssert {
    private final String id;

    ProcessInstanceAssert(String id) {
      this.id = id;
    }

    private ProcessInstance running() {
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private List<String> active() {
      ProcessInstance running = running();
      Assertions.assertThat(running).as("process instance %s is running", id).isNotNull();
      return engine.getRuntimeService().getActiveActivityIds(id);
    }

    public ProcessInstanceAssert isActive() {
      ProcessInstance running = running();
      Assertions.assertThat(running).as("process instance %s is running", id).isNotNull();
      Assertions.assertThat(running.isSuspended()).as("process instance %s is suspended", id).isFalse();
      return this;
    }

    public ProcessInstanceAssert isEnded() {
      Assertions.assertThat(running()).as("process instance %s has ended", id).isNull();
      Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
          .singleResult()).as("historic process instance %s", id).isNotNull();
      return this;
    }

    public ProcessInstanceAssert hasPassed(String... activityIds) {
      List<String> passed = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
          .finished().list().stream().map(HistoricActivityInstance::getActivityId).filter(Objects::nonNull).toList();
      Assertions.assertThat(passed).as("activities passed by process instance %s", id)
          .contains(Arrays.asList(activityIds).toArray(String[]::new));
      return this;
    }

    public ProcessInstanceAssert isWaitingAt(String... activityIds) {
      Assertions.assertThat(active()).as("activities process instance %s waits at", id).contains(activityIds);
      return this;
    }

    public ProcessInstanceAssert isNotWaitingAt(String... activityIds) {
      Assertions.assertThat(active()).as("activities process instance %s waits at", id).doesNotContain(activityIds);
      return this;
    }
  }
}
