package be.interfederal.cycle.models.audit;

import be.interfederal.cycle.models.Administrators;
import be.interfederal.cycle.platform.web.ApiUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** The administrators read the audit: every deployment and every migration run, newest first. */
@RestController
class AuditController {

  private final DeploymentRecordRepository deployments;
  private final MigrationRecordRepository migrations;

  AuditController(DeploymentRecordRepository deployments, MigrationRecordRepository migrations) {
    this.deployments = deployments;
    this.migrations = migrations;
  }

  record DeploymentEntry(String deploymentId, String name, String source, String recordedBy, String recordedAt,
      List<DeploymentRecord.Resource> resources, List<String> processes) {}

  record MigrationEntry(String processDefinitionKey, List<Integer> fromVersions, int toVersion, String batchId,
      String recordedBy, String recordedAt, List<MigrationRecord.Instance> instances) {}

  @GetMapping("/api/admin/deployments")
  List<DeploymentEntry> deployments(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    Administrators.require(user);
    return deployments.findAllByOrderByRecordedRecordedAtDesc().stream().map(d -> new DeploymentEntry(d.getDeploymentId(),
        d.getName(), d.getSource(), d.getRecorded().getRecordedBy(), d.getRecorded().getRecordedAt().toString(),
        d.getResources(), d.getProcesses().stream().map(p -> p.key() + ":" + p.version()).toList())).toList();
  }

  @GetMapping("/api/admin/migrations")
  List<MigrationEntry> migrations(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    Administrators.require(user);
    return migrations.findAllByOrderByIdDesc().stream().map(m -> new MigrationEntry(m.getProcessDefinitionKey(),
        m.getFromVersions(), m.getToVersion(), m.getBatchId(), m.getRecorded().getRecordedBy(),
        m.getRecorded().getRecordedAt().toString(), m.getInstances())).toList();
  }
}
