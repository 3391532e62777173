package be.interfederal.cycle.models.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Runs before the engine's own deployers on every new deployment, whatever its path (start-up, Camunda Modeler,
 * REST, Java): carries over the forms a revised process keeps, then refuses the whole deployment when
 * {@link ModelChecks} finds a problem; the deployment's transaction rolls back, so nothing is stored.
 */
@Component
public class DeploymentGate implements Deployer {

  private final ModelEnvironment environment;

  DeploymentGate(ModelEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
    FormCarryOver.apply(Context.getCommandContext(), deployment, ModelChecks.parseModels(resources));
    deployment.getResources().forEach((name, resource) -> resources.putIfAbsent(name, resource.getBytes()));
    List<ModelProblem> problems = new ModelChecks(environment).check(resources);
    if (!problems.isEmpty()) {
      throw new ModelValidationException(problems);
    }
  }
}
