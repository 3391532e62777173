package be.interfederal.cycle.models.validation;

import static be.interfederal.cycle.models.validation.ModelChecks.BPMN;
import static be.interfederal.cycle.models.validation.ModelChecks.CAMUNDA;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ResourceTypes;

/**
 * A revised process keeps the forms of its previous version unless the deployment brings its own. Camunda Modeler
 * deploys "changed only": an unchanged form it attaches is left out of the new deployment, and a form bound by
 * {@code formRefBinding="deployment"} (or {@code embedded:deployment:}, {@code camunda-forms:deployment:}) would then
 * be missing. Such a form is copied from the deployment of the process's latest version into the new deployment,
 * before the checks run; the dry run adds the same forms to what it checks.
 */
final class FormCarryOver {

  private FormCarryOver() {}

  /** The forms the deployment lacks and the previous versions of its processes had: resource name → content. */
  static Map<String, byte[]> missing(CommandContext context, Map<String, XmlTree.Node> models, Map<String, byte[]> present) {
    Map<String, byte[]> missing = new LinkedHashMap<>();
    models.values().forEach(root -> root.descendants().filter(n -> n.is(BPMN, "process")).forEach(process -> {
      ProcessDefinitionEntity previous = context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(process.id());
      if (previous == null) {
        return;
      }
      process.descendants().forEach(node -> {
        String formRef = node.attribute(CAMUNDA, "formRef");
        if (formRef != null && "deployment".equals(node.attribute(CAMUNDA, "formRefBinding")) && !hasForm(present, missing, formRef)) {
          CamundaFormDefinition form = (CamundaFormDefinition) context.getCamundaFormDefinitionManager()
              .findDefinitionByDeploymentAndKey(previous.getDeploymentId(), formRef);
          if (form != null) {
            copy(context, previous.getDeploymentId(), form.getResourceName(), present, missing);
          }
        }
        String formKey = node.attribute(CAMUNDA, "formKey");
        for (String prefix : ProcessChecks.DEPLOYMENT_FORM_KEY) {
          if (formKey != null && formKey.startsWith(prefix)) {
            copy(context, previous.getDeploymentId(), formKey.substring(prefix.length()), present, missing);
          }
        }
      });
    }));
    return missing;
  }

  /** Adds the missing forms to a deployment being deployed. */
  static void apply(CommandContext context, DeploymentEntity deployment, Map<String, XmlTree.Node> models) {
    Map<String, byte[]> present = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> present.put(name, resource.getBytes()));
    missing(context, models, present).forEach((name, bytes) -> {
      ResourceEntity copy = new ResourceEntity();
      copy.setName(name);
      copy.setBytes(bytes);
      copy.setDeploymentId(deployment.getId());
      copy.setTenantId(deployment.getTenantId());
      copy.setType(ResourceTypes.REPOSITORY.getValue());
      copy.setCreateTime(ClockUtil.getCurrentTime());
      context.getResourceManager().insertResource(copy);
      deployment.addResource(copy);
    });
  }

  private static boolean hasForm(Map<String, byte[]> present, Map<String, byte[]> missing, String formId) {
    return java.util.stream.Stream.of(present, missing).flatMap(m -> m.entrySet().stream())
        .anyMatch(e -> e.getKey().endsWith(".form") && formId.equals(ModelChecks.formId(e.getValue())));
  }

  private static void copy(CommandContext context, String fromDeployment, String name, Map<String, byte[]> present,
      Map<String, byte[]> missing) {
    if (present.containsKey(name) || missing.containsKey(name)) {
      return;
    }
    ResourceEntity original = context.getResourceManager().findResourceByDeploymentIdAndResourceName(fromDeployment, name);
    if (original != null) {
      missing.put(name, original.getBytes());
    }
  }
}
