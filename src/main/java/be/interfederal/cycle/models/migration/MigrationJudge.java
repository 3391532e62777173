package be.interfederal.cycle.models.migration;

import be.interfederal.cycle.models.migration.MigrationReport.Reason;
import be.interfederal.cycle.models.validation.VariableNeeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Whether one running instance can move to another version, and if not, why — said in Dutch and French. */
@Component
class MigrationJudge {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TransactionTemplate rolledBack;
  private final ApplicationContext beans;

  MigrationJudge(RepositoryService repository, RuntimeService runtime, PlatformTransactionManager transactions,
      ApplicationContext beans) {
    this.repository = repository;
    this.runtime = runtime;
    this.rolledBack = new TransactionTemplate(transactions);
    this.beans = beans;
  }

  /** The activities the instance is in, leaves and scopes (call activities, multi-instance bodies) alike. */
  List<String> activeActivities(String processInstanceId) {
    List<String> ids = new ArrayList<>();
    ActivityInstance root = runtime.getActivityInstance(processInstanceId);
    if (root != null) {
      collect(root, ids, true);
    }
    return ids;
  }

  private static void collect(ActivityInstance instance, List<String> ids, boolean root) {
    if (!root) {
      ids.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, ids, false);
    }
    for (var transition : instance.getChildTransitionInstances()) {
      ids.add(transition.getActivityId());
    }
  }

  /** An active activity the plan does not map: the new version no longer has it (or not of the same kind). */
  List<Reason> unmapped(MigrationPlan plan, List<String> activities, int targetVersion) {
    Set<String> mapped = new HashSet<>();
    plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).forEach(mapped::add);
    return activities.stream().filter(a -> !a.contains("#") && !mapped.contains(a)).distinct()
        .map(a -> new Reason("actieve activiteit \"" + a + "\" bestaat niet meer in versie " + targetVersion,
            "l'activité active « " + a + " » n'existe plus dans la version " + targetVersion)).toList();
  }

  /** What the new version reads and the old one did not, and that nothing in the new version writes. */
  Set<String> newNeeds(ProcessDefinition source, ProcessDefinition target) {
    Set<String> needs = new HashSet<>(needs(target));
    needs.removeAll(needs(source));
    return needs;
  }

  List<Reason> missingVariables(String processInstanceId, Set<String> needs) {
    if (needs.isEmpty()) {
      return List.of();
    }
    Set<String> present = runtime.getVariables(processInstanceId).keySet();
    return needs.stream().filter(n -> !present.contains(n)).sorted()
        .map(n -> new Reason("de nieuwe versie heeft variabele \"" + n + "\" nodig, die deze instantie niet heeft",
            "la nouvelle version a besoin de la variable « " + n + " », que cette instance n'a pas")).toList();
  }

  /** The engine's own judgement: the migration carried out in a transaction that is always rolled back. */
  List<Reason> trial(MigrationPlan plan, String processInstanceId) {
    try {
      return tryOnce(plan, processInstanceId);
    } catch (OptimisticLockingException busy) {
      // the instance moved on while it was tried (a user completed a task): try once more on its new state
      return tryOnce(plan, processInstanceId);
    }
  }

  private List<Reason> tryOnce(MigrationPlan plan, String processInstanceId) {
    return rolledBack.execute(status -> {
      status.setRollbackOnly();
      try {
        runtime.newMigration(plan).processInstanceIds(processInstanceId).skipCustomListeners().skipIoMappings().execute();
        return List.of();
      } catch (MigratingProcessInstanceValidationException e) {
        return failures(e.getValidationReport());
      } catch (OptimisticLockingException e) {
        throw e;
      } catch (ProcessEngineException e) {
        return List.of(engine(e.getMessage()));
      }
    });
  }

  private static List<Reason> failures(MigratingProcessInstanceValidationReport report) {
    List<Reason> reasons = new ArrayList<>();
    report.getFailures().forEach(f -> reasons.add(engine(f)));
    report.getActivityInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(engine(r.getSourceScopeId() + ": " + f))));
    report.getTransitionInstanceReports().forEach(r -> r.getFailures().forEach(f -> reasons.add(engine(r.getSourceScopeId() + ": " + f))));
    return reasons;
  }

  static Reason engine(String failure) {
    return new Reason("de engine weigert de migratie: " + failure, "le moteur refuse la migration : " + failure);
  }

  private Set<String> needs(ProcessDefinition definition) {
    Set<String> formFields = new HashSet<>();
    for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
      if (name.endsWith(".form") || name.endsWith(".html")) {
        formFields.addAll(VariableNeeds.formFields(read(repository.getResourceAsStream(definition.getDeploymentId(), name)), name));
      }
    }
    return VariableNeeds.of(read(repository.getProcessModel(definition.getId())), formFields, beans::containsBean);
  }

  private static byte[] read(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
