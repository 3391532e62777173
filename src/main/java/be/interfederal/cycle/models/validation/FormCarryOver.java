package be.interfederal.cycle.models.validation;

import static be.interfederal.cycle.models.validation.ModelChecks.BPMN;
import static be.interfederal.cycle.models.validation.ModelChecks.CAMUNDA;

import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * A revised process keeps the forms of its previous version unless the deployment brings its own. Camunda Modeler
 * deploys "changed only": an unchanged form it attaches is left out of the new deployment, and a form bound by
 * {@code formRefBinding="deployment"} (or {@code embedded:deployment:}) would then be missing. Such a form is copied
 * from the deployment of the process's latest version into the new deployment, before the checks run.
 */
final class FormCarryOver {

  private static final String EMBEDDED = "embedded:deployment:";

  private FormCarryOver() {}

  static void apply(CommandContext context, DeploymentEntity deployment, Map<String, XmlTree.Node> models) {
    models.values().forEach(root -> root.descendants().filter(n -> n.is(BPMN, "process")).forEach(process -> {
      ProcessDefinitionEntity previous = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(process.id());
      if (previous == null) {
        return;
      }
      process.descendants().forEach(node -> {
        String formRef = node.attribute(CAMUNDA, "formRef");
        if (formRef != null && "deployment".equals(node.attribute(CAMUNDA, "formRefBinding"))) {
          CamundaFormDefinition form = (CamundaFormDefinition) context.getCamundaFormDefinitionManager()
              .findDefinitionByDeploymentAndKey(previous.getDeploymentId(), formRef);
          if (form != null && !hasForm(context, deployment, formRef)) {
            copy(context, deployment, previous.getDeploymentId(), form.getResourceName());
          }
        }
        String formKey = node.attribute(CAMUNDA, "formKey");
        if (formKey != null && formKey.startsWith(EMBEDDED)) {
          copy(context, deployment, previous.getDeploymentId(), formKey.substring(EMBEDDED.length()));
        }
      });
    }));
  }

  private static boolean hasForm(CommandContext context, DeploymentEntity deployment, String formId) {
    return deployment.getResources().values().stream().filter(r -> r.getName().endsWith(".form"))
        .anyMatch(r -> formId.equals(ModelChecks.formId(r.getBytes())));
  }

  private static void copy(CommandContext context, DeploymentEntity deployment, String fromDeployment, String name) {
    if (deployment.getResources() != null && deployment.getResources().containsKey(name)) {
      return;
    }
    ResourceEntity original = context.getResourceManager().findResourceByDeploymentIdAndResourceName(fromDeployment, name);
    if (original == null) {
      return;
    }
    ResourceEntity copy = new ResourceEntity();
    copy.setName(name);
    copy.setBytes(original.getBytes());
    copy.setDeploymentId(deployment.getId());
    copy.setTenantId(deployment.getTenantId());
    copy.setType(ResourceTypes.REPOSITORY.getValue());
    copy.setCreateTime(ClockUtil.getCurrentTime());
    context.getResourceManager().insertResource(copy);
    deployment.addResource(copy);
  }
}
