package be.interfederal.cycle.models.release;

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
  void deploysEachModelWithItsFormsAndAnUnchangedReleaseCreatesNoNewVersion() {
    assertThat(deployer.findResources()).containsKeys("bpmn/consultation-position.bpmn", "forms/consultation-position.html", "forms/tmd-decision.form");
    var consultation = repositoryService.createDeploymentQuery().deploymentName("interfederal-cycle: consultation-position.bpmn")
        .orderByDeploymentTime().desc().list().get(0);
    assertThat(repositoryService.getDeploymentResourceNames(consultation.getId()))
        .containsExactlyInAnyOrder("bpmn/consultation-position.bpmn", "forms/consultation-position.html", "forms/overdue-follow-up.form");
    var approval = repositoryService.createDeploymentQuery().deploymentName("interfederal-cycle: tmd-approval.bpmn")
        .orderByDeploymentTime().desc().list().get(0);
    assertThat(repositoryService.getDeploymentResourceNames(approval.getId())).contains("bpmn/tmd-approval.bpmn", "forms/tmd-decision.form");
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    assertThat(deployer.deploy()).isEmpty();

    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("consultation-position")
        .latestVersion().singleResult().getHistoryTimeToLive()).isGreaterThanOrEqualTo(3650);
  }
}
