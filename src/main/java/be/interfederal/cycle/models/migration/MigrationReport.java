package be.interfederal.cycle.models.migration;

import java.util.List;

/** What a migration found, and for a real run what it moved and through which batches. */
public record MigrationReport(String processDefinitionKey, boolean dryRun, Target target, int instancesFound,
    List<Instance> canMove, List<Instance> cannotMove, List<String> moved, String batchId, List<String> batchIds) {

  /** The version instances move to. */
  public record Target(int version, String id) {}

  /** A running instance: where it is, and why it cannot move (empty when it can). */
  public record Instance(String processInstanceId, String businessKey, int version, List<String> activities,
      List<Reason> reasons) {}

  /** Why an instance cannot move, in Dutch and French. */
  public record Reason(String nl, String fr) {}

  public boolean refused() {
    return !cannotMove.isEmpty();
  }
}
