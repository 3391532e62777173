package be.interfederal.cycle.models;

import be.interfederal.cycle.platform.web.ApiUser;
import be.interfederal.cycle.platform.EngineClock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/models}: every process, its versions (newest first), where each came from, its running instances. */
@RestController
class ModelsController {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  ModelsController(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  record Version(int version, String id, String deploymentId, String deploymentName, String source, String deployedAt,
      long runningInstances) {}

  record Model(String key, String name, List<Version> versions) {}

  @GetMapping("/api/admin/models")
  List<Model> models(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    Administrators.require(user);
    List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().list();
    Map<String, Deployment> deployments = repository.createDeploymentQuery().list().stream()
        .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    Map<String, List<ProcessDefinition>> byKey = definitions.stream()
        .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
    List<Model> models = new ArrayList<>();
    byKey.forEach((key, versions) -> {
      versions.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
      models.add(new Model(key, Objects.requireNonNullElse(versions.get(0).getName(), key), versions.stream().map(d -> {
        Deployment deployment = deployments.get(d.getDeploymentId());
        return new Version(d.getVersion(), d.getId(), d.getDeploymentId(), deployment == null ? null : deployment.getName(),
            deployment == null ? null : deployment.getSource(),
            deployment == null ? null : deployment.getDeploymentTime().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime().toString(),
            runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count());
      }).toList()));
    });
    models.sort(Comparator.comparing(Model::key));
    return models;
  }
}
