package be.interfederal.cycle.models;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.models.audit.DeploymentRecordRepository;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An administrator deploys a revised model from Camunda Modeler (its request: multipart, HTTP Basic, "deploy changed
 * only"); everyone else is refused; a model with a problem is refused whole, with the file, the element, the line and
 * the problem in Dutch and French, and nothing is stored. The dry run answers the same problems.
 */
@ApplicationTest
class ModelDeploymentRestTest {

  private static final String SITUATION = "bpmn/situation-analysis.bpmn";
  private static final String FORESIGHT_NAME = "Foresight-oefening registreren / Enregistrer l'exercice de prospective";
  private static final String REVISED_NAME = "Foresight-oefening en workshop registreren / Enregistrer l'exercice et l'atelier de prospective";

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired DeploymentRecordRepository audit;

  private AdminRest admin;

  @BeforeEach
  void client() {
    admin = new AdminRest(rest);
  }

  @Test
  void anAdministratorDeploysFromTheModelerAndTheNextCycleReachingThePhaseUsesTheRevision() throws IOException {
    ProcessDefinition before = latest("situation-analysis");
    String revised = AdminRest.model(SITUATION).replace(FORESIGHT_NAME, REVISED_NAME);

    // the Modeler sends the model only: its embedded forms are unchanged and carried over from the previous version
    ResponseEntity<JsonNode> response = admin.modelerDeploy("admin", "admin", "situation-analysis", Map.of("situation-analysis.bpmn", revised));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String deploymentId = response.getBody().get("id").asText();
    try {
      ProcessDefinition after = latest("situation-analysis");
      assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
      assertThat(after.getDeploymentId()).isEqualTo(deploymentId);
      assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).singleResult().getSource()).isEqualTo(AdminRest.MODELER);
      assertThat(repository.getDeploymentResourceNames(deploymentId)).contains("situation-analysis.bpmn",
          "forms/foresight.html", "forms/situation-contribution.html", "forms/situation-consolidation.form");
      assertThat(audit.findById(deploymentId)).hasValueSatisfying(record -> {
        assertThat(record.getRecorded().getRecordedBy()).isEqualTo("admin");
        assertThat(record.getSource()).isEqualTo(AdminRest.MODELER);
        assertThat(record.getProcesses()).extracting(p -> p.key() + ":" + p.version()).containsExactly("situation-analysis:" + after.getVersion());
        assertThat(record.getResources()).extracting(r -> r.sha256()).allMatch(h -> h.matches("[0-9a-f]{64}"));
      });
      JsonNode listed = admin.get("admin", "admin", "/api/admin/deployments").getBody();
      assertThat(listed.get(0).get("deploymentId").asText()).isEqualTo(deploymentId);

      // the next cycle reaching the situation analysis runs the revision, with its forms
      CycleDriver cycle = new CycleDriver(runtime, tasks, management, identity, "modeler" + UUID.randomUUID().toString().substring(0, 8));
      var instance = cycle.start(2030, 2033, null);
      cycle.complete(cycle.single("recordMandate"), CycleDriver.mandate());
      Task foresight = cycle.single("recordForesight");
      assertThat(foresight.getProcessDefinitionId()).isEqualTo(after.getId());
      assertThat(foresight.getName()).isEqualTo(REVISED_NAME);
      try (InputStream form = (InputStream) forms.getDeployedTaskForm(foresight.getId())) {
        assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("Foresight-oefening / Exercice de prospective");
      }
      runtime.deleteProcessInstance(instance.getId(), "test clean-up");
    } finally {
      repository.deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aCabinetMemberMayNotDeploy() {
    long deployments = repository.createDeploymentQuery().count();
    String member = TestUsers.memberOf(identity, "cabinetVandenbroucke");

    ResponseEntity<JsonNode> response = admin.modelerDeploy(member, TestUsers.DEMO_PASSWORD, "situation-analysis",
        Map.of("situation-analysis.bpmn", AdminRest.model(SITUATION).replace(FORESIGHT_NAME, REVISED_NAME)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(admin.validate(member, TestUsers.DEMO_PASSWORD, Map.of("x.bpmn", "<x/>")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  static Stream<Arguments> refusedModels() {
    String situation = AdminRest.model(SITUATION);
    String cycle = AdminRest.model("bpmn/policy-cycle.bpmn");
    return Stream.of(
        Arguments.of("not XML", "situation-analysis.bpmn", situation.substring(0, situation.indexOf("</bpmn:process>")),
            null, "geen geldige XML", "XML non valide"),
        Arguments.of("a group outside the directory", "situation-analysis.bpmn",
            situation.replace("camunda:candidateGroups=\"gdpcSecretariat\" camunda:dueDate=\"${dueDates.from('recordForesight')}\"",
                "camunda:candidateGroups=\"gdpcSecretariaat\" camunda:dueDate=\"${dueDates.from('recordForesight')}\""),
            "recordForesight", "groep \"gdpcSecretariaat\" bestaat niet in de gids", "le groupe « gdpcSecretariaat » n'existe pas dans l'annuaire"),
        Arguments.of("a form that is nowhere", "situation-analysis.bpmn",
            situation.replace("embedded:deployment:forms/foresight.html", "embedded:deployment:forms/foresight-2.html"),
            "recordForesight", "formulier \"forms/foresight-2.html\" zit niet in deze deployment", "le formulaire « forms/foresight-2.html » n'est pas dans ce déploiement"),
        Arguments.of("a bean that does not exist", "situation-analysis.bpmn",
            situation.replace("delegateExpression=\"${recordForesight}\"", "delegateExpression=\"${recordForesights}\""),
            "recordForesight", "bean \"recordForesights\" bestaat niet", "le bean « recordForesights » n'existe pas"),
        Arguments.of("a called process that does not exist", "policy-cycle.bpmn",
            cycle.replace("calledElement=\"situation-analysis\"", "calledElement=\"situation-analyse\""),
            "situationAnalysisPhase", "het opgeroepen proces \"situation-analyse\" bestaat niet", "le processus appelé « situation-analyse » n'existe pas"),
        Arguments.of("no history time-to-live", "situation-analysis.bpmn",
            situation.replace(" camunda:historyTimeToLive=\"P7300D\"", ""),
            "situation-analysis", "historyTimeToLive ontbreekt", "historyTimeToLive manque"),
        Arguments.of("a task name in one language", "situation-analysis.bpmn",
            situation.replace(FORESIGHT_NAME, "Foresight-oefening registreren"),
            "recordForesight", "de naam van de taak moet Nederlands en Frans zijn", "le nom de la tâche doit être en néerlandais et en français"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedModels")
  void aModelWithAProblemIsRefusedWholeAndNothingIsDeployed(String problem, String file, String model, String element,
      String nl, String fr) {
    long deployments = repository.createDeploymentQuery().count();
    long definitions = repository.createProcessDefinitionQuery().count();
    long audited = audit.count();

    ResponseEntity<JsonNode> response = admin.modelerDeploy("admin", "admin", "revision", Map.of(file, model,
        "cycle-start.form", AdminRest.model("forms/cycle-start.form")));

    assertThat(response.getStatusCode()).as(problem).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).contains(nl, fr);
    JsonNode errors = response.getBody().get("details").get(file).get("errors");
    assertThat(errors).anySatisfy(error -> {
      assertThat(error.get("message").asText()).contains(nl);
      assertThat(error.get("line").asInt()).isPositive();
      if (element != null) {
        assertThat(error.get("mainElementId").asText()).isEqualTo(element);
      }
    });
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(audit.count()).isEqualTo(audited);

    // the dry run answers the same problem, and stores nothing either
    JsonNode dryRun = admin.validate("admin", "admin", Map.of(file, model)).getBody();
    assertThat(dryRun.get("problems")).anySatisfy(p -> {
      assertThat(p.get("resource").asText()).isEqualTo(file);
      assertThat(p.get("nl").asText()).contains(nl);
      assertThat(p.get("fr").asText()).contains(fr);
    });
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void theDryRunFindsWhatOnlyTheEngineChecksAndNothingInAGoodModel() {
    String situation = AdminRest.model(SITUATION);
    JsonNode good = admin.validate("admin", "admin", Map.of("bpmn/situation-analysis.bpmn", situation,
        "forms/foresight.html", AdminRest.model("forms/foresight.html"),
        "forms/situation-contribution.html", AdminRest.model("forms/situation-contribution.html"),
        "forms/situation-consolidation.form", AdminRest.model("forms/situation-consolidation.form"),
        "forms/situation-validation.form", AdminRest.model("forms/situation-validation.form"))).getBody();
    assertThat(good.get("problems")).isEmpty();
    // the model alone, as the Modeler sends it: its forms would be carried over, so the dry run finds nothing either
    assertThat(admin.validate("admin", "admin", Map.of("situation-analysis.bpmn", situation)).getBody().get("problems")).isEmpty();

    String dangling = situation.replace("targetRef=\"recordForesight\"", "targetRef=\"recordForesite\"");
    ResponseEntity<JsonNode> response = admin.validate("admin", "admin", Map.of("situation-analysis.bpmn", dangling));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("problems")).anySatisfy(p -> {
      assertThat(p.get("nl").asText()).startsWith("de engine aanvaardt het model niet");
      assertThat(p.get("fr").asText()).startsWith("le moteur n'accepte pas le modèle");
      assertThat(p.get("line").asInt()).isPositive();
    });
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
