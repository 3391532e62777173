package be.interfederal.cycle.models.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Runs before the engine's own deployers on every new deployment, whatever its path (start-up, Camunda Modeler,
 * REST, Java): carries over the forms a revised process keeps, then refuses the whole deployment, in its own
 * transaction so nothing is stored, when {@link ModelChecks} finds a problem.
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
    FormCarryOver.apply(Context.getCommandContext(), deployment, models(deployment));
    Map<String, byte[]> resources = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
    List<ModelProblem> problems = new ModelChecks(environment).check(resources);
    if (!problems.isEmpty()) {
      throw new ModelValidationException(problems);
    }
  }

  private static Map<String, XmlTree.Node> models(DeploymentEntity deployment) {
    Map<String, XmlTree.Node> models = new LinkedHashMap<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (ModelChecks.isModel(resource.getName())) {
        try {
          models.put(resource.getName(), XmlTree.parse(resource.getBytes()));
        } catch (XmlTree.Malformed e) {
          // reported by the checks
        }
      }
    }
    return models;
  }
}
