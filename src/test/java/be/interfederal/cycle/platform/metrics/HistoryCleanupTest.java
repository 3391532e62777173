package be.interfederal.cycle.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.support.ApplicationTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history cleanup is configured as documented and really removes a finished instance past its 20 years. The other
 * tests' instances end now or later, so their removal times lie after the moment the clock is moved to, and they stay.
 * (A database of its own would need an application of its own, and Camunda's REST API finds its engine in a static
 * registry by name: the other tests would then talk to this one.)
 */
@ApplicationTest
class HistoryCleanupTest {

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCleanupRunsAtNightByRemovalTime() {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    // a cleanup job is scheduled for the batch window
    assertThat(history.findHistoryCleanupJobs()).isNotEmpty();
  }

  @Test
  void aFinishedInstancePastItsTwentyYearsIsRemovedAndAYoungerOneKept() {
    repository.createDeployment().name("history-cleanup-test").addModelInstance("retention-probe.bpmn",
        Bpmn.createExecutableProcess("retention-probe").name("Bewaartermijn / Durée de conservation")
            .camundaHistoryTimeToLive(7300).startEvent().endEvent().done()).deploy();
    ZoneId brussels = ZoneId.of("Europe/Brussels");
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 1, 15, 10, 0).atZone(brussels).toInstant()));
    String old = runtime.startProcessInstanceByKey("retention-probe").getId();
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2030, 1, 15, 10, 0).atZone(brussels).toInstant()));
    String young = runtime.startProcessInstanceByKey("retention-probe").getId();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).singleResult().getRemovalTime())
        .isEqualTo(Date.from(LocalDateTime.of(2046, 1, 10, 10, 0).atZone(brussels).toInstant()));

    // 2046-02-01 at 23:00, in the batch window: the first instance is past its removal time, the second is not
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2046, 2, 1, 23, 0).atZone(brussels).toInstant()));
    String jobId = history.cleanUpHistoryAsync(true).getId();
    management.executeJob(jobId);
    List<Job> remaining = history.findHistoryCleanupJobs();
    assertThat(remaining).isNotEmpty();

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(young).count()).isEqualTo(1);
  }
}
