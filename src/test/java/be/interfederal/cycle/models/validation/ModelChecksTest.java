package be.interfederal.cycle.models.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each check of a deployment, without the engine: the directory, beans and what is deployed are given. */
class ModelChecksTest {

  /** A small world: two groups, the routing bean, a deployed consultation process and tmd-decision form. */
  private static final ModelEnvironment WORLD = new ModelEnvironment() {
    @Override public boolean groupExists(String groupId) { return Set.of("gdpcSecretariat", "gdpcChair").contains(groupId); }
    @Override public boolean beanExists(String beanName) { return Set.of("routing", "recordDraft", "dueDates").contains(beanName); }
    @Override public boolean beanHasMethod(String beanName, String method) {
      return Map.of("routing", Set.of("cabinetOf", "consultedGroups"), "dueDates", Set.of("from"))
          .getOrDefault(beanName, Set.of()).contains(method);
    }
    @Override public boolean classExists(String className) { return className.equals("java.lang.String"); }
    @Override public boolean processDeployed(String key) { return key.equals("consultation-position"); }
    @Override public boolean formDeployed(String formId, Integer version) { return formId.equals("tmd-decision") && (version == null || version == 1); }
    @Override public boolean knownVariable(String name) { return name.equals("ministerId"); }
  };

  private final ModelChecks checks = new ModelChecks(WORLD);

  @Test
  void aCorrectModelWithItsFormHasNoProblem() {
    assertThat(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:formRef=\"review\" camunda:formRefBinding=\"deployment\"")),
        "forms/review.form", form("review"))).isEmpty();
    assertThat(check(model(task("camunda:candidateGroups=\"${routing.cabinetOf(ministerId)}\" camunda:dueDate=\"${dueDates.from('x')}\""
        + " camunda:formRef=\"tmd-decision\"")))).isEmpty();
  }

  @Test
  void malformedXmlIsNamedWithItsLine() {
    List<ModelProblem> problems = check(model(task("camunda:candidateGroups=\"gdpcSecretariat\"")).replace("</bpmn:process>", ""));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.resource()).isEqualTo("bpmn/revised.bpmn");
      assertThat(p.line()).as("where the unclosed process is found out").isEqualTo(7);
      assertThat(p.nl()).startsWith("geen geldige XML");
      assertThat(p.fr()).startsWith("XML non valide");
    });
  }

  @Test
  void aTaskRoutedToAGroupOutsideTheDirectoryIsRefused() {
    assertThat(check(model(task("camunda:candidateGroups=\"gdpcSecretariat,cabinetNobody\"")))).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("review");
      assertThat(p.line()).isEqualTo(5);
      assertThat(p.nl()).isEqualTo("groep \"cabinetNobody\" bestaat niet in de gids");
      assertThat(p.fr()).isEqualTo("le groupe « cabinetNobody » n'existe pas dans l'annuaire");
    });
    assertThat(messages(check(model(task("camunda:candidateGroups=\"${routing.cabinetOfNobody(ministerId)}\"")))))
        .containsExactly("bean \"routing\" heeft geen methode \"cabinetOfNobody\"");
    assertThat(messages(check(model(task("camunda:candidateGroups=\"${someoneNew}\"")))))
        .containsExactly("de toewijzing ${someoneNew} verwijst naar geen gekende variabele of bean (zoals routing.*)");
    assertThat(messages(check(model(task("")))))
        .containsExactly("de taak gaat naar geen enkele groep (candidateGroups ontbreekt)");
  }

  @Test
  void aBeanOrClassThatDoesNotExistIsRefused() {
    String listener = "<bpmn:extensionElements><camunda:executionListener delegateExpression=\"${recordDraftt}\" event=\"end\" />"
        + "</bpmn:extensionElements>";
    assertThat(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\"", listener)))).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("review");
      assertThat(p.nl()).isEqualTo("bean \"recordDraftt\" bestaat niet");
      assertThat(p.fr()).isEqualTo("le bean « recordDraftt » n'existe pas");
    });
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:dueDate=\"${deadlines.from('x')}\"")))))
        .containsExactly("bean \"deadlines\" bestaat niet");
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\"",
        "<bpmn:extensionElements><camunda:taskListener class=\"be.nowhere.Listener\" event=\"create\" /></bpmn:extensionElements>")))))
        .containsExactly("klasse \"be.nowhere.Listener\" bestaat niet");
  }

  @Test
  void aFormMustBeInTheDeploymentWhenBoundToItOrDeployedAlready() {
    assertThat(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:formRef=\"review\" camunda:formRefBinding=\"deployment\""))))
        .singleElement().satisfies(p -> {
          assertThat(p.nl()).isEqualTo("formulier \"review\" zit niet in deze deployment (formRefBinding=deployment): voeg het .form-bestand toe");
          assertThat(p.fr()).isEqualTo("le formulaire « review » n'est pas dans ce déploiement (formRefBinding=deployment) : ajoutez le fichier .form");
        });
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:formRef=\"unknown-form\"")))))
        .containsExactly("formulier \"unknown-form\" bestaat niet (niet in deze deployment en niet eerder gedeployed)");
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:formRef=\"tmd-decision\" "
        + "camunda:formRefBinding=\"version\" camunda:formRefVersion=\"7\"")))))
        .containsExactly("formulier \"tmd-decision\" bestaat niet (niet in deze deployment en niet eerder gedeployed)");
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:formKey=\"embedded:deployment:forms/review.html\"")))))
        .containsExactly("formulier \"forms/review.html\" zit niet in deze deployment: voeg het bestand toe");
    assertThat(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\" camunda:formKey=\"embedded:deployment:forms/review.html\"")),
        "forms/review.html", "<form><input cam-variable-name=\"remarks\"></form>")).isEmpty();
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\"")), "forms/broken.form", "{\"id\": ")))
        .singleElement().asString().startsWith("geen geldig formulier (JSON)");
  }

  @Test
  void aCalledProcessMustExistInTheDeploymentOrBeDeployedAlready() {
    String calls = "<bpmn:callActivity id=\"consult\" name=\"Raadplegen / Consulter\" calledElement=\"%s\" />";
    assertThat(check(model(calls.formatted("consultation-position")))).isEmpty();
    assertThat(check(model(calls.formatted("revised")))).as("itself, in the same deployment").isEmpty();
    assertThat(check(model(calls.formatted("no-such-phase")))).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("consult");
      assertThat(p.nl()).isEqualTo("het opgeroepen proces \"no-such-phase\" bestaat niet (niet in deze deployment en niet eerder gedeployed)");
      assertThat(p.fr()).isEqualTo("le processus appelé « no-such-phase » n'existe pas (ni dans ce déploiement ni déployé auparavant)");
    });
  }

  @Test
  void aProcessNeedsAHistoryTimeToLiveAndToBeExecutable() {
    String task = task("camunda:candidateGroups=\"gdpcSecretariat\"");
    assertThat(check(model(task).replace(" camunda:historyTimeToLive=\"P7300D\"", ""))).singleElement().satisfies(p -> {
      assertThat(p.element()).isEqualTo("revised");
      assertThat(p.nl()).isEqualTo("historyTimeToLive ontbreekt: een proces zonder bewaartermijn wordt niet aanvaard");
      assertThat(p.fr()).isEqualTo("historyTimeToLive manque : un processus sans durée de conservation n'est pas accepté");
    });
    assertThat(messages(check(model(task).replace("isExecutable=\"true\"", "isExecutable=\"false\""))))
        .containsExactly("het bestand bevat geen uitvoerbaar proces (isExecutable=\"true\" ontbreekt)");
  }

  @Test
  void aTaskNameIsInDutchAndFrench() {
    assertThat(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\"").replace("Nakijken / Vérifier", "Review"))))
        .singleElement().satisfies(p -> {
          assertThat(p.nl()).isEqualTo("de naam van de taak moet Nederlands en Frans zijn, gescheiden door \" / \" (nu: \"Review\")");
          assertThat(p.fr()).isEqualTo("le nom de la tâche doit être en néerlandais et en français, séparés par « / » (actuellement : « Review »)");
        });
    assertThat(messages(check(model(task("camunda:candidateGroups=\"gdpcSecretariat\"").replace(" name=\"Nakijken / Vérifier\"", "")))))
        .hasSize(1);
  }

  private List<ModelProblem> check(String model, String... more) {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    resources.put("bpmn/revised.bpmn", model.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < more.length; i += 2) {
      resources.put(more[i], more[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return checks.check(resources);
  }

  private static List<String> messages(List<ModelProblem> problems) {
    return problems.stream().map(ModelProblem::nl).toList();
  }

  /** A process "revised" whose line 5 holds the given element. */
  static String model(String element) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="revised" name="Herzien / Révisé" isExecutable="true" camunda:historyTimeToLive="P7300D">
            <bpmn:startEvent id="start" name="Start / Début" />
            %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(element);
  }

  static String task(String attributes, String... body) {
    return "<bpmn:userTask id=\"review\" name=\"Nakijken / Vérifier\" " + attributes + ">" + String.join("", body) + "</bpmn:userTask>";
  }

  private static String form(String id) {
    return "{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": [{\"key\": \"remarks\", \"type\": \"textfield\"}]}";
  }
}
