package be.interfederal.cycle.models.migration;

import be.interfederal.cycle.models.AdminApiException;
import be.interfederal.cycle.models.audit.MigrationRecord;
import be.interfederal.cycle.models.audit.MigrationRecordRepository;
import be.interfederal.cycle.models.migration.MigrationReport.Instance;
import be.interfederal.cycle.models.migration.MigrationReport.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances of a process to another version, since Cockpit CE has no migration screen. Every instance
 * is judged first — by the migration plan (Camunda's {@code mapEqualActivities}), by the variables the new version needs,
 * and by the engine itself in a rolled-back trial — and a real run moves all of them (through a Camunda migration
 * batch) or none: a plan that would lose state is refused with the report.
 */
@Service
public class Migrations {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final MigrationJudge judge;
  private final MigrationRecordRepository records;
  private final TransactionTemplate inOneTransaction;

  Migrations(RepositoryService repository, RuntimeService runtime, MigrationJudge judge, MigrationRecordRepository records,
      PlatformTransactionManager transactions) {
    this.inOneTransaction = new TransactionTemplate(transactions);
    this.repository = repository;
    this.runtime = runtime;
    this.judge = judge;
    this.records = records;
  }

  private record Source(ProcessDefinition definition, MigrationPlan plan, List<String> movable) {}

  public MigrationReport run(MigrationRequest request, String userId) {
    String key = request.processDefinitionKey();
    if (key == null || key.isBlank()) {
      throw new AdminApiException(HttpStatus.BAD_REQUEST, "Geef processDefinitionKey op", "Indiquez processDefinitionKey");
    }
    ProcessDefinition target = definition(key, request.toVersion());
    List<ProcessDefinition> sources = request.fromVersion() != null ? List.of(definition(key, request.fromVersion()))
        : repository.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
            .filter(d -> d.getVersion() < target.getVersion()).toList();
    if (request.fromVersion() != null && request.fromVersion() == target.getVersion()) {
      throw new AdminApiException(HttpStatus.BAD_REQUEST, "Van- en naar-versie zijn dezelfde", "Les versions de départ et d'arrivée sont identiques");
    }
    List<Instance> canMove = new ArrayList<>();
    List<Instance> cannotMove = new ArrayList<>();
    Map<String, Source> bySource = new LinkedHashMap<>();
    for (ProcessDefinition source : sources) {
      var query = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
      List<ProcessInstance> instances = request.businessKey() == null || request.businessKey().isBlank() ? query.list()
          : query.processInstanceBusinessKey(request.businessKey()).list();
      if (instances.isEmpty()) {
        continue;
      }
      Set<String> newNeeds = judge.newNeeds(source, target);
      List<Reason> planReasons = new ArrayList<>();
      MigrationPlan plan = null;
      try {
        // no updateEventTriggers(): it would compute every timer's due date again from now, so an overdue answer
        // would get a new deadline; a migrated timer keeps its due date
        plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
      } catch (MigrationPlanValidationException e) {
        e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f -> planReasons.add(
            MigrationJudge.engine(r.getMigrationInstruction().getSourceActivityId() + ": " + f))));
      }
      Source entry = new Source(source, plan, new ArrayList<>());
      bySource.put(source.getId(), entry);
      for (ProcessInstance instance : instances) {
        List<String> activities = judge.activeActivities(instance.getId());
        List<Reason> reasons = new ArrayList<>(planReasons);
        if (plan != null) {
          reasons.addAll(judge.unmapped(plan, activities, target.getVersion()));
          reasons.addAll(judge.missingVariables(instance.getId(), newNeeds));
          if (reasons.isEmpty()) {
            reasons.addAll(judge.trial(plan, instance.getId()));
          }
        }
        Instance report = new Instance(instance.getId(), instance.getBusinessKey(), source.getVersion(),
            activities.stream().filter(a -> !a.contains("#")).distinct().toList(), reasons);
        if (reasons.isEmpty()) {
          canMove.add(report);
          entry.movable().add(instance.getId());
        } else {
          cannotMove.add(report);
        }
      }
    }
    int found = canMove.size() + cannotMove.size();
    MigrationReport.Target to = new MigrationReport.Target(target.getVersion(), target.getId());
    if (request.isDryRun() || !cannotMove.isEmpty() || canMove.isEmpty()) {
      return new MigrationReport(key, request.isDryRun(), to, found, canMove, cannotMove, List.of(), null, List.of());
    }
    List<String> batchIds = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    // every batch and its audit row in one transaction: either all the versions' instances are handed over, or none
    inOneTransaction.executeWithoutResult(status -> {
      for (Source source : bySource.values()) {
        if (source.movable().isEmpty()) {
          continue;
        }
        Batch batch = runtime.newMigration(source.plan()).processInstanceIds(source.movable())
            .skipCustomListeners().skipIoMappings().executeAsync();
        batchIds.add(batch.getId());
        moved.addAll(source.movable());
        records.save(new MigrationRecord(key, List.of(source.definition().getVersion()), target.getVersion(), batch.getId(),
            canMove.stream().filter(i -> source.movable().contains(i.processInstanceId()))
                .map(i -> new MigrationRecord.Instance(i.processInstanceId(), i.businessKey())).toList(), userId));
      }
    });
    return new MigrationReport(key, false, to, found, canMove, cannotMove, moved, batchIds.get(0), batchIds);
  }

  private ProcessDefinition definition(String key, Integer version) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition = version == null ? query.latestVersion().singleResult() : query.processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw new AdminApiException(HttpStatus.NOT_FOUND,
          version == null ? "Proces \"" + key + "\" bestaat niet" : "Proces \"" + key + "\" heeft geen versie " + version,
          version == null ? "Le processus « " + key + " » n'existe pas" : "Le processus « " + key + " » n'a pas de version " + version);
    }
    return definition;
  }
}
