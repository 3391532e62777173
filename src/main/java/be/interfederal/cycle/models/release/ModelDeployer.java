package be.interfederal.cycle.models.release;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import be.interfederal.cycle.models.validation.ModelChecks;
import be.interfederal.cycle.models.validation.ModelEnvironment;
import be.interfederal.cycle.models.validation.ModelProblem;
import be.interfederal.cycle.models.validation.ModelValidationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Deploys the release's models (bpmn/) and forms (forms/) at start-up, one deployment per model with the forms it
 * binds to (the starter's auto-deployment leaves out .form files).
 *
 * <p>What is authoritative: the engine's latest version of each process. The release is compared with what the
 * release itself deployed before, never with the latest version: a model the release did not change is not deployed
 * again, so a restart never puts the jar's older model back over an administrator's revision; a model the release did
 * change is deployed, and the log says whose version it supersedes. Running instances stay on their version until an
 * administrator migrates them.
 */
@Service
public class ModelDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final DeploymentProperties properties;
  private final ModelEnvironment environment;

  public ModelDeployer(RepositoryService repositoryService, ResourcePatternResolver resolver,
      DeploymentProperties properties, ModelEnvironment environment) {
    this.environment = environment;
    this.repositoryService = repositoryService;
    this.resolver = resolver;
    this.properties = properties;
  }

  /** Deploys the models the release changed; returns the new deployments' ids (empty when nothing had changed). */
  public List<String> deploy() {
    Map<String, byte[]> resources = new TreeMap<>();
    findResources().forEach((name, resource) -> resources.put(name, read(resource)));
    if (resources.isEmpty()) {
      LOG.warn("No models or forms found under {}", properties.resources());
      return List.of();
    }
    // the whole release is checked before any of it is deployed, so that a bad release deploys nothing
    List<ModelProblem> problems = new ModelChecks(environment).check(resources);
    if (!problems.isEmpty()) {
      throw new ModelValidationException(problems);
    }
    List<String> deployed = new ArrayList<>();
    int unchanged = 0;
    for (ReleaseBundles.Bundle bundle : ReleaseBundles.of(properties.name(), resources)) {
      if (releasedBefore(bundle)) {
        unchanged++;
        keptRevisions(bundle);
        continue;
      }
      Map<String, ProcessDefinition> before = latest(bundle);
      DeploymentBuilder builder = repositoryService.createDeployment().name(bundle.name()).source(properties.name());
      bundle.resources().forEach((name, bytes) -> builder.addInputStream(name, new java.io.ByteArrayInputStream(bytes)));
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      deployed.add(deployment.getId());
      for (ProcessDefinition definition : deployment.getDeployedProcessDefinitions()) {
        ProcessDefinition previous = before.get(definition.getKey());
        if (previous != null && !properties.name().equals(source(previous))) {
          LOG.warn("The release's {} (version {}) supersedes version {} deployed from '{}'", definition.getKey(),
              definition.getVersion(), previous.getVersion(), source(previous));
        } else {
          LOG.info("The release's {} deployed as version {}", definition.getKey(), definition.getVersion());
        }
      }
    }
    LOG.info("Release models: {} deployed, {} unchanged", deployed.size(), unchanged);
    return deployed;
  }

  /** The resources by their deployment name: the folder the pattern starts in and the path below it (bpmn/x.bpmn). */
  Map<String, Resource> findResources() {
    Map<String, Resource> found = new TreeMap<>();
    for (String pattern : properties.resources()) {
      String location = pattern.replaceFirst("^classpath\\*?:", "").replaceFirst("^file:", "");
      String base = location.substring(0, location.indexOf('*') < 0 ? location.length() : location.indexOf('*'));
      base = base.substring(0, base.lastIndexOf('/') + 1);
      String folder = base.substring(0, base.length() - 1);
      folder = folder.substring(folder.lastIndexOf('/') + 1);
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          String url = resource.getURL().toString();
          int at = url.lastIndexOf("/" + folder + "/");
          found.put(url.substring(at + 1), resource);
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot list deployment resources " + pattern, e);
      }
    }
    return found;
  }

  /** Whether the release deployed exactly these resources before (as this bundle, or in the earlier single deployment). */
  private boolean releasedBefore(ReleaseBundles.Bundle bundle) {
    for (String name : List.of(bundle.name(), properties.name())) {
      Deployment last = repositoryService.createDeploymentQuery().deploymentName(name).deploymentSource(properties.name())
          .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
      if (last != null) {
        return sameResources(last.getId(), bundle.resources());
      }
    }
    return false;
  }

  private boolean sameResources(String deploymentId, Map<String, byte[]> resources) {
    List<String> names = repositoryService.getDeploymentResourceNames(deploymentId);
    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
      if (!names.contains(resource.getKey())) {
        return false;
      }
      try (InputStream stored = repositoryService.getResourceAsStream(deploymentId, resource.getKey())) {
        if (!Arrays.equals(stored.readAllBytes(), resource.getValue())) {
          return false;
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + resource.getKey() + " of deployment " + deploymentId, e);
      }
    }
    return true;
  }

  private void keptRevisions(ReleaseBundles.Bundle bundle) {
    latest(bundle).values().stream().filter(d -> !properties.name().equals(source(d))).forEach(d ->
        LOG.info("{}: the administrator's version {} (from '{}') stays the latest; the release's model is unchanged",
            d.getKey(), d.getVersion(), source(d)));
  }

  /** The latest version of each process the bundle's model defines. */
  private Map<String, ProcessDefinition> latest(ReleaseBundles.Bundle bundle) {
    Map<String, ProcessDefinition> latest = new LinkedHashMap<>();
    for (String key : bundle.processIds()) {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      if (definition != null) {
        latest.put(key, definition);
      }
    }
    return latest;
  }

  private String source(ProcessDefinition definition) {
    Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
    return deployment == null || deployment.getSource() == null ? "?" : deployment.getSource();
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + resource.getDescription(), e);
    }
  }
}
