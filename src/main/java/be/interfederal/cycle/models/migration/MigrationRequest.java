package be.interfederal.cycle.models.migration;

/**
 * What to migrate: the running instances of a process from one version (or every older one) to another (or the latest).
 *
 * @param dryRun true (the default) reports without moving anything
 */
public record MigrationRequest(String processDefinitionKey, Boolean dryRun, Integer fromVersion, Integer toVersion) {

  boolean isDryRun() {
    return dryRun == null || dryRun;
  }
}
