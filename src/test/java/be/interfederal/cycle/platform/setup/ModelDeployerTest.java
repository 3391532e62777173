package be.interfederal.cycle.platform.setup;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.support.ApplicationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class ModelDeployerTest {

  @Autowired ModelDeployer deployer;
  @Autowired RepositoryService repositoryService;

  @Test
  void deploysModelsAndFormsTogetherAndAnUnchangedSetCreatesNoNewVersion() {
    assertThat(deployer.findResources()).containsKeys("bpmn/consultation-position.bpmn", "forms/consultation-position.html", "forms/tmd-decision.form");
    var deployment = repositoryService.createDeploymentQuery().deploymentName("interfederal-cycle")
        .orderByDeploymentTime().desc().list().get(0);
    assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
        .contains("bpmn/consultation-position.bpmn", "forms/consultation-position.html", "forms/tmd-decision.form");
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    assertThat(deployer.deploy()).isNull();

    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("consultation-position")
        .latestVersion().singleResult().getHistoryTimeToLive()).isGreaterThanOrEqualTo(3650);
  }
}
