package be.interfederal.cycle.platform.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's own figures as Micrometer meters: user tasks completed, jobs executed and failed (the engine's metrics,
 * as its metrics reporter stores them for every node), incidents open. Read from the database at each scrape, so the
 * numbers are the whole cluster's.
 */
@Component
class EngineMetrics implements MeterBinder {

  private final ProcessEngine engine;

  EngineMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("camunda.tasks.completed", engine,
            e -> e.getHistoryService().createHistoricTaskInstanceQuery().finished().count())
        .description("User tasks completed (history)").register(registry);
    FunctionCounter.builder("camunda.jobs.executed", engine, e -> metric(e, Metrics.JOB_SUCCESSFUL))
        .description("Jobs executed successfully (engine metric, stored by the metrics reporter)").register(registry);
    FunctionCounter.builder("camunda.jobs.failed", engine, e -> metric(e, Metrics.JOB_FAILED))
        .description("Job executions that failed (engine metric, stored by the metrics reporter)").register(registry);
    Gauge.builder("camunda.incidents.open", engine, e -> e.getRuntimeService().createIncidentQuery().count())
        .description("Incidents open").register(registry);
  }

  private static double metric(ProcessEngine engine, String name) {
    return engine.getManagementService().createMetricsQuery().name(name).sum();
  }
}
