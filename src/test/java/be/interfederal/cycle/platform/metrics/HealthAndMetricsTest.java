package be.interfederal.cycle.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Health is open to load balancers; the Prometheus metrics need a user of a reader group. (Spring Boot's tests switch
 * metrics export off unless asked: {@code @AutoConfigureObservability}.)
 */
@ApplicationTest
@AutoConfigureObservability
class HealthAndMetricsTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired CycleMetrics cycleMetrics;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @Test
  void healthIsOpenAndNamesTheDatabaseAndTheEngine() {
    ResponseEntity<JsonNode> health = rest.getForEntity("/actuator/health", JsonNode.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    // (the job executor's component is there when the job executor runs: StrategyCycleRestIT checks it)
    assertThat(health.getBody().get("components").fieldNames()).toIterable().contains("db", "processEngine");
    assertThat(health.getBody().toString()).as("no details for anonymous callers").doesNotContain("jdbc:", "H2");
  }

  @Test
  void prometheusNeedsAReaderAndShowsTheEnginesAndTheCyclesFigures() {
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    String cabinet = TestUsers.memberOf(identity, "cabinetVandenbroucke");
    assertThat(rest.withBasicAuth(cabinet, TestUsers.DEMO_PASSWORD).getForEntity("/actuator/prometheus", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("admin", "wrong").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // a running cycle whose mandate task is a month overdue
    CycleDriver cycle = new CycleDriver(runtime, tasks, management, identity, "metrics" + UUID.randomUUID().toString().substring(0, 8));
    ProcessInstance instance = cycle.start(2030, 2033, null);
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(45))));
      cycleMetrics.refreshOverdue();
    } finally {
      ClockUtil.reset();
      runtime.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    String coordinator = TestUsers.memberOf(identity, "coordinators");
    ResponseEntity<String> metrics = rest.withBasicAuth(coordinator, TestUsers.DEMO_PASSWORD)
        .getForEntity("/actuator/prometheus", String.class);

    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(metrics.getBody()).contains("camunda_tasks_completed_total", "camunda_jobs_executed_total",
        "camunda_jobs_failed_total", "camunda_incidents_open", "interfederal_documents_generated_total{application=\"interfederal-cycle\",type=\"MONITORING_REPORT\"}",
        "jvm_memory_used_bytes", "interfederal_mails_total{application=\"interfederal-cycle\",status=\"sent\"}",
        "interfederal_mails_pending", "interfederal_tasks_overdue{application=\"interfederal-cycle\",cycle=\"" + cycle.businessKey() + "\"} 1.0");
  }
}
