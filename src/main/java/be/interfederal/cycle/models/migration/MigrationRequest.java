package be.interfederal.cycle.models.migration;

/**
 * What to migrate: the running instances of a process from one version (or every older one) to another (or the latest).
 *
 * @param dryRun true (the default) reports without moving anything
 * @param businessKey optional: only the instances of this cycle (to move one cycle first)
 */
public record MigrationRequest(String processDefinitionKey, Boolean dryRun, Integer fromVersion, Integer toVersion,
    String businessKey) {

  boolean isDryRun() {
    return dryRun == null || dryRun;
  }
}
