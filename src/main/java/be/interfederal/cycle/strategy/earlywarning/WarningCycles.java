package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleRepository;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The cycle an early warning belongs to (its documents are the cycle's). A warning started with a business key
 * (through {@code /engine-rest}) belongs to that cycle, which must be running; one started without (Tasklist's start
 * form) belongs to the running cycle whose period covers today, on the engine clock in Brussels — the one started
 * last when periods overlap.
 */
@Component
public record WarningCycles(CycleRepository cycles, RuntimeService runtime) {

  /** Whether the cycle exists and its {@code policy-cycle} instance still runs. */
  public boolean running(String businessKey) {
    return cycles.existsById(businessKey) && withoutAuthorization(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(CycleRegistry.PROCESS_KEY).processInstanceBusinessKey(businessKey).count() > 0);
  }

  /** The running cycle whose period covers today (the latest started), if any. */
  public Optional<Cycle> coveringToday() {
    int year = EngineClock.today().getYear();
    return cycles.findAll().stream().filter(c -> c.getPeriodStart() <= year && year <= c.getPeriodEnd())
        .sorted(Comparator.comparing(Cycle::getCreatedAt).reversed())
        .filter(c -> running(c.getBusinessKey())).findFirst();
  }

  /**
   * The starter of an early warning (a data provider, the secretariat) may not read the cycles' instances; which
   * cycle runs is not a secret, so the look-up runs without their authorizations.
   */
  private static boolean withoutAuthorization(Callable<Boolean> query) {
    var command = Context.getCommandContext();
    try {
      return command == null ? query.call() : command.runWithoutAuthorization(query);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
