package be.interfederal.cycle.models.validation;

/** What a deployment's models refer to outside themselves: the directory, the beans, what is deployed already. */
public interface ModelEnvironment {

  /** A group of the directory (or an engine group such as camunda-admin). */
  boolean groupExists(String groupId);

  boolean beanExists(String beanName);

  /** Whether the bean has a public method of that name (any arguments). */
  boolean beanHasMethod(String beanName, String method);

  boolean classExists(String className);

  /** A process of this key is deployed already (any version). */
  boolean processDeployed(String key);

  /** A Camunda Form of this id is deployed already; version null means any. */
  boolean formDeployed(String formId, Integer version);

  /** Variables the Java side writes or the models pass on (one home: {@code Variables}). */
  boolean knownVariable(String name);
}
