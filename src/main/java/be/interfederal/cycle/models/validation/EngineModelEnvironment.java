package be.interfederal.cycle.models.validation;

import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.strategy.process.Variables;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The models' world as the running application sees it: the directory's groups, the Spring beans the engine resolves
 * expressions against, and what the engine has deployed. Works inside an engine command (a deployment being checked)
 * and outside one (the dry run).
 */
@Component
class EngineModelEnvironment implements ModelEnvironment {

  private static final Set<String> VARIABLES = variableNames();

  private final DirectoryGroupRepository groups;
  private final ApplicationContext beans;
  private final ProcessEngineConfigurationImpl engine;

  EngineModelEnvironment(DirectoryGroupRepository groups, ApplicationContext beans,
      @Lazy ProcessEngineConfigurationImpl engine) {
    this.groups = groups;
    this.beans = beans;
    this.engine = engine;
  }

  @Override
  public boolean groupExists(String groupId) {
    return Groups.CAMUNDA_ADMIN.equals(groupId) || groups.existsById(groupId);
  }

  @Override
  public boolean beanExists(String beanName) {
    return beans.containsBean(beanName);
  }

  @Override
  public boolean beanHasMethod(String beanName, String method) {
    Class<?> type = beans.getType(beanName);
    return type == null || Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(method::equals);
  }

  @Override
  public boolean classExists(String className) {
    return ClassUtils.isPresent(className, getClass().getClassLoader());
  }

  @Override
  public boolean processDeployed(String key) {
    return inEngine(c -> c.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key) != null);
  }

  @Override
  public boolean formDeployed(String formId, Integer version) {
    return inEngine(c -> (version == null
        ? c.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId)
        : c.getCamundaFormDefinitionManager().findDefinitionByKeyVersionAndTenantId(formId, version, null)) != null);
  }

  @Override
  public boolean knownVariable(String name) {
    return VARIABLES.contains(name);
  }

  private <T> T inEngine(Function<CommandContext, T> query) {
    CommandContext current = Context.getCommandContext();
    return current != null ? query.apply(current) : engine.getCommandExecutorTxRequired().execute(query::apply);
  }

  private static Set<String> variableNames() {
    Set<String> names = new HashSet<>();
    for (Field field : Variables.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Set.copyOf(names);
  }
}
