package be.interfederal.cycle.models.audit;

import be.interfederal.cycle.strategy.process.Actor;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs after the engine's own deployers, in the deployment's transaction: records who deployed what (resources with
 * their SHA-256, the process versions created). A deployment read back into the cache is not new and not recorded
 * again.
 */
@Component
public class DeploymentAudit implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentAudit.class);

  private final DeploymentRecordRepository records;

  public DeploymentAudit(@Lazy DeploymentRecordRepository records) {
    this.records = records;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<DeploymentRecord.Resource> resources = deployment.getResources().values().stream()
        .map(r -> new DeploymentRecord.Resource(r.getName(), sha256(r.getBytes()))).toList();
    List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions() == null
        ? List.of() : deployment.getDeployedProcessDefinitions();
    List<DeploymentRecord.Process> processes = definitions.stream()
        .map(d -> new DeploymentRecord.Process(d.getKey(), d.getVersion())).toList();
    String by = Actor.current();
    records.save(new DeploymentRecord(deployment.getId(), deployment.getName(), deployment.getSource(), resources,
        processes, by));
    LOG.info("Deployment {} ('{}', source '{}') by {}: {}", deployment.getId(), deployment.getName(),
        deployment.getSource(), by, processes.stream().map(p -> p.key() + ":" + p.version()).toList());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
