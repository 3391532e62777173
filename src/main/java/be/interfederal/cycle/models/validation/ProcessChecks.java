package be.interfederal.cycle.models.validation;

import static be.interfederal.cycle.models.validation.ModelChecks.BPMN;
import static be.interfederal.cycle.models.validation.ModelChecks.CAMUNDA;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks of one BPMN file of a deployment (see {@link ModelChecks}). */
final class ProcessChecks {

  static final Set<String> DEPLOYMENT_FORM_KEY = Set.of("embedded:deployment:", "camunda-forms:deployment:");

  private final String resource;
  private final ModelChecks.Deployment deployment;
  private final ModelEnvironment environment;
  private final List<ModelProblem> problems = new ArrayList<>();

  ProcessChecks(String resource, ModelChecks.Deployment deployment, ModelEnvironment environment) {
    this.resource = resource;
    this.deployment = deployment;
    this.environment = environment;
  }

  List<ModelProblem> check(XmlTree.Node root) {
    // a collaboration may draw outside parties as non-executable pools: only executable processes are checked
    List<XmlTree.Node> processes = root.descendants()
        .filter(n -> n.is(BPMN, "process") && "true".equals(n.attribute("isExecutable"))).toList();
    if (processes.isEmpty()) {
      problem(root, "het bestand bevat geen uitvoerbaar proces (isExecutable=\"true\" ontbreekt)",
          "le fichier ne contient aucun processus exécutable (isExecutable=\"true\" manque)");
    }
    for (XmlTree.Node process : processes) {
      String ttl = process.attribute(CAMUNDA, "historyTimeToLive");
      if (ttl == null || ttl.isBlank()) {
        problem(process, "historyTimeToLive ontbreekt: een proces zonder bewaartermijn wordt niet aanvaard",
            "historyTimeToLive manque : un processus sans durée de conservation n'est pas accepté");
      }
      process.descendants().forEach(this::element);
    }
    return problems;
  }

  private void element(XmlTree.Node node) {
    if (node.is(BPMN, "userTask")) {
      userTask(node);
    }
    if (node.is(BPMN, "callActivity")) {
      callActivity(node);
    }
    if (node.is(BPMN, "startEvent") || node.is(BPMN, "userTask")) {
      forms(node);
    }
    boolean listener = node.is(CAMUNDA, "executionListener") || node.is(CAMUNDA, "taskListener");
    String delegate = listener ? node.attribute("delegateExpression") : node.attribute(CAMUNDA, "delegateExpression");
    if (delegate != null) {
      String bean = Expressions.leadingName(delegate);
      if (bean != null && !isVariable(node, bean) && !environment.beanExists(bean)) {
        unknownBean(node, bean);
      }
    }
    String className = listener ? node.attribute("class") : node.attribute(CAMUNDA, "class");
    if (className != null && !environment.classExists(className)) {
      problem(node, "klasse \"" + className + "\" bestaat niet", "la classe « " + className + " » n'existe pas");
    }
    if (!ModelChecks.isLiteral(node)) {
      node.attributes().values().forEach(value -> calls(node, value));
      calls(node, node.text().toString());
    }
  }

  private void userTask(XmlTree.Node task) {
    String name = task.attribute("name");
    String[] halves = name == null ? new String[0] : name.split(" / ", -1);
    if (halves.length != 2 || halves[0].isBlank() || halves[1].isBlank()) {
      problem(task, "de naam van de taak moet Nederlands en Frans zijn, gescheiden door \" / \" (nu: \"" + orEmpty(name) + "\")",
          "le nom de la tâche doit être en néerlandais et en français, séparés par « / » (actuellement : « " + orEmpty(name) + " »)");
    }
    String groups = task.attribute(CAMUNDA, "candidateGroups");
    String assignee = task.attribute(CAMUNDA, "assignee");
    if ((groups == null || groups.isBlank()) && (assignee == null || assignee.isBlank())) {
      problem(task, "de taak gaat naar geen enkele groep (candidateGroups ontbreekt)",
          "la tâche n'est attribuée à aucun groupe (candidateGroups manque)");
      return;
    }
    if (groups == null) {
      return;
    }
    if (Expressions.isExpression(groups)) {
      String leading = Expressions.leadingName(groups);
      if (leading == null || !(isVariable(task, leading) || environment.beanExists(leading))) {
        problem(task, "de toewijzing " + groups + " verwijst naar geen gekende variabele of bean (zoals routing.*)",
            "l'attribution " + groups + " ne renvoie à aucune variable ou bean connus (comme routing.*)");
      }
      return;
    }
    for (String group : groups.split(",")) {
      String id = group.trim();
      if (!id.isEmpty() && !environment.groupExists(id)) {
        problem(task, "groep \"" + id + "\" bestaat niet in de gids", "le groupe « " + id + " » n'existe pas dans l'annuaire");
      }
    }
  }

  private void callActivity(XmlTree.Node call) {
    String called = call.attribute("calledElement");
    if (called == null || called.isBlank()) {
      problem(call, "de oproep noemt geen proces (calledElement ontbreekt)", "l'appel ne nomme aucun processus (calledElement manque)");
    } else if (!Expressions.isExpression(called) && !deployment.processIds().contains(called)
        && !environment.processDeployed(called)) {
      problem(call, "het opgeroepen proces \"" + called + "\" bestaat niet (niet in deze deployment en niet eerder gedeployed)",
          "le processus appelé « " + called + " » n'existe pas (ni dans ce déploiement ni déployé auparavant)");
    }
  }

  private void forms(XmlTree.Node node) {
    String formRef = node.attribute(CAMUNDA, "formRef");
    if (formRef != null && !Expressions.isExpression(formRef)) {
      String binding = node.attribute(CAMUNDA, "formRefBinding");
      boolean inDeployment = deployment.formIds().containsKey(formRef);
      if ("deployment".equals(binding)) {
        if (!inDeployment) {
          problem(node, "formulier \"" + formRef + "\" zit niet in deze deployment (formRefBinding=deployment): voeg het .form-bestand toe",
              "le formulaire « " + formRef + " » n'est pas dans ce déploiement (formRefBinding=deployment) : ajoutez le fichier .form");
        }
      } else {
        Integer version = "version".equals(binding) ? parse(node.attribute(CAMUNDA, "formRefVersion")) : null;
        if (!(inDeployment && version == null) && !environment.formDeployed(formRef, version)) {
          problem(node, "formulier \"" + formRef + "\" bestaat niet (niet in deze deployment en niet eerder gedeployed)",
              "le formulaire « " + formRef + " » n'existe pas (ni dans ce déploiement ni déployé auparavant)");
        }
      }
    }
    String formKey = node.attribute(CAMUNDA, "formKey");
    if (formKey != null) {
      for (String prefix : DEPLOYMENT_FORM_KEY) {
        if (formKey.startsWith(prefix) && !deployment.resourceNames().contains(formKey.substring(prefix.length()))) {
          String file = formKey.substring(prefix.length());
          problem(node, "formulier \"" + file + "\" zit niet in deze deployment: voeg het bestand toe",
              "le formulaire « " + file + " » n'est pas dans ce déploiement : ajoutez le fichier");
        }
      }
    }
  }

  private void calls(XmlTree.Node node, String text) {
    for (Expressions.Call call : Expressions.calls(text)) {
      if (isVariable(node, call.target())) {
        continue;
      }
      if (!environment.beanExists(call.target())) {
        unknownBean(node, call.target());
      } else if (!environment.beanHasMethod(call.target(), call.method())) {
        problem(node, "bean \"" + call.target() + "\" heeft geen methode \"" + call.method() + "\"",
            "le bean « " + call.target() + " » n'a pas de méthode « " + call.method() + " »");
      }
    }
  }

  private boolean isVariable(XmlTree.Node node, String name) {
    return Expressions.ENGINE_NAMES.contains(name) || deployment.writtenNames().contains(name)
        || environment.knownVariable(name);
  }

  private void unknownBean(XmlTree.Node node, String bean) {
    problem(node, "bean \"" + bean + "\" bestaat niet", "le bean « " + bean + " » n'existe pas");
  }

  /** The element a problem is reported on: the node itself, or the model element it belongs to. */
  private void problem(XmlTree.Node node, String nl, String fr) {
    XmlTree.Node owner = node;
    while (owner.id() == null && owner.parent() != null) {
      owner = owner.parent();
    }
    problems.add(new ModelProblem(resource, owner.id(), node.line(), nl, fr));
  }

  private static Integer parse(String number) {
    try {
      return number == null ? null : Integer.valueOf(number.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
