package be.interfederal.cycle.platform.setup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Deploys the models (bpmn/) and forms (forms/) packaged into the jar as one deployment. The starter's
 * auto-deployment is switched off because its patterns leave out .form files.
 *
 * <p>Duplicate filtering keeps an unchanged set from creating new versions on restart. When any resource changed,
 * the whole set is deployed again, so that forms bound with {@code formRefBinding="deployment"} always sit in the
 * same deployment as their process; running instances stay on the version they started with.
 */
@Service
public class ModelDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final DeploymentProperties properties;

  public ModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver,
      DeploymentProperties properties) {
    this.repositoryService = repositoryService;
    this.resolver = resolver;
    this.properties = properties;
  }

  /** Deploys what changed; returns the new deployment's id, or null when nothing had changed. */
  public String deploy() {
    Map<String, Resource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.warn("No models or forms found under {}", properties.resources());
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(properties.name())
        .source(properties.name())
        .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> builder.addInputStream(name, open(resource)));
    long before = repositoryService.createDeploymentQuery().deploymentName(properties.name()).count();
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (repositoryService.createDeploymentQuery().deploymentName(properties.name()).count() == before) {
      LOG.info("Models and forms unchanged: {} resources already deployed", resources.size());
      return null;
    }
    LOG.info("Deployed {} resources ({} processes) as deployment {}", resources.size(),
        deployment.getDeployedProcessDefinitions().size(), deployment.getId());
    return deployment.getId();
  }

  /** The resources by their deployment name: the path below the classpath root, e.g. bpmn/policy-cycle.bpmn. */
  Map<String, Resource> findResources() {
    Map<String, Resource> found = new TreeMap<>();
    for (String pattern : properties.resources()) {
      String root = pattern.replaceFirst("^classpath\\*?:", "");
      root = root.substring(0, root.indexOf('/') + 1);
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          found.put(url.substring(url.lastIndexOf("/" + root) + 1), resource);
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot list deployment resources " + pattern, e);
      }
    }
    return found;
  }

  private static InputStream open(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource.getDescription(), e);
    }
  }
}
