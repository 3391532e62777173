package be.interfederal.cycle.models;

import be.interfederal.cycle.models.audit.DeploymentAudit;
import be.interfederal.cycle.models.validation.DeploymentGate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Puts the deployment checks before the engine's deployers and the audit after them, for every deployment path. */
@Component
class ModelsEnginePlugin extends AbstractProcessEnginePlugin {

  private final DeploymentGate gate;
  private final DeploymentAudit audit;

  ModelsEnginePlugin(@Lazy DeploymentGate gate, @Lazy DeploymentAudit audit) {
    this.gate = gate;
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreDeployers(with(configuration.getCustomPreDeployers(), gate));
    configuration.setCustomPostDeployers(with(configuration.getCustomPostDeployers(), audit));
  }

  private static List<Deployer> with(List<Deployer> deployers, Deployer added) {
    List<Deployer> all = deployers == null ? new ArrayList<>() : new ArrayList<>(deployers);
    all.add(added);
    return all;
  }
}
