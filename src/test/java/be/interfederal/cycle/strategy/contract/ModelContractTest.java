package be.interfederal.cycle.strategy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.support.ApplicationTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The models in bpmn/, the forms in forms/ and the Java side agree (see {@link ModelContract}); and a drift of any
 * kind — a renamed field key, an unknown choice, a missing bean or form, a gateway on a value or variable nobody
 * writes — is caught, naming the file and the element.
 */
@ApplicationTest
class ModelContractTest {

  @Autowired ApplicationContext context;

  private Map<String, String> models;
  private Map<String, String> forms;

  @BeforeEach
  void readShippedFiles() throws IOException {
    models = ModelContract.read(Path.of("bpmn"));
    forms = ModelContract.read(Path.of("forms"));
  }

  private List<String> problems() {
    return new ModelContract(models, forms, name -> context.containsBean(name) ? context.getBean(name) : null,
        Path.of("src/main/java")).problems();
  }

  private void edit(Map<String, String> files, String file, String from, String to) {
    assertThat(files.get(file)).as(file).contains(from);
    files.put(file, files.get(file).replace(from, to));
  }

  @Test
  void theShippedModelsFormsAndJavaAgree() {
    assertThat(models).containsKeys("policy-cycle.bpmn", "gdpc-drafting.bpmn", "consultation-position.bpmn");
    assertThat(forms).containsKeys("situation-validation.form", "strategy-draft.html");

    assertThat(problems()).isEmpty();
  }

  @Test
  void aFieldKeyRenamedInACamundaFormIsCaught() {
    edit(forms, "situation-validation.form", "\"key\": \"analysisDecision\"", "\"key\": \"analysisVerdict\"");

    assertThat(problems()).containsExactlyInAnyOrder(
        "situation-analysis.bpmn › validateAnalysis: situation-validation.form: field 'analysisVerdict' is not read by "
            + "the task's listener (it reads [analysisDecision, validationRemarks])",
        "situation-analysis.bpmn › validateAnalysis: situation-validation.form: lacks field 'analysisDecision', which "
            + "the task's listener requires");
  }

  @Test
  void aChoiceTheJavaSideDoesNotKnowIsCaught() {
    edit(forms, "tmd-decision.form", "\"value\": \"postponed\"", "\"value\": \"adjourned\"");
    edit(forms, "consultation-position.html", "value=\"objection\"", "value=\"veto\"");

    assertThat(problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("tmd-approval.bpmn › recordTmdDecision: "
        + "tmd-decision.form: field 'tmdDecision' offers [adjourned], which the Java side does not know"))
        .anySatisfy(p -> assertThat(p).startsWith("consultation-position.bpmn › givePosition: consultation-position.html: "
            + "column 'position' offers [veto]"));
  }

  @Test
  void aSubmittedVariableOfAnEmbeddedFormThatTheListenerDoesNotReadIsCaught() {
    edit(forms, "foresight.html", "variables.variableValue('workshopValidated',", "variables.variableValue('validated',");

    assertThat(problems()).contains("situation-analysis.bpmn › recordForesight: foresight.html: its script sets "
        + "'validated', which data-submits does not list");
  }

  @Test
  void aMissingBeanOrFormIsCaught() {
    edit(models, "cycle-mandate.bpmn", "${recordMandate}", "${recordMandat}");
    edit(models, "tmd-approval.bpmn", "camunda:formRef=\"tmd-meeting\"", "camunda:formRef=\"tmd-meetings\"");
    edit(models, "gdpc-drafting.bpmn", "${drafts.defaultConsultationDueDate()}", "${draft.defaultConsultationDueDate()}");

    assertThat(problems()).contains(
        "cycle-mandate.bpmn › recordMandate: ${recordMandat} names no bean",
        "cycle-mandate.bpmn › recordMandate: form cycle-mandate.form submits [mandateDate, mandateScope, scopeCategories] "
            + "but no listener of the task reads a form",
        "tmd-approval.bpmn › scheduleMeeting: form 'tmd-meetings' does not exist in forms/",
        "gdpc-drafting.bpmn › draftStrategy: ${draft} names no bean");
  }

  @Test
  void aGatewayOnAValueOrVariableNobodyWritesIsCaught() {
    edit(models, "policy-cycle.bpmn", "${tmdDecision == 'approved'}", "${tmdDecision == 'accepted'}");
    edit(models, "gdpc-drafting.bpmn", "${objectionCount &gt; 0}", "${objectionsCount &gt; 0}");

    assertThat(problems()).containsExactlyInAnyOrder(
        "policy-cycle.bpmn › toApproved: gateway condition compares 'tmdDecision' with 'accepted', which the Java side "
            + "does not know (" + new TreeMap<>(Map.of("approved", 1, "approvedWithAmendments", 1, "postponed", 1,
                "rejected", 1)).keySet() + ")",
        "gdpc-drafting.bpmn › toNewRound: variable 'objectionsCount' is read but never written in process gdpc-drafting",
        "gdpc-drafting.bpmn › toNewRound: gateway condition reads 'objectionsCount', which is never written in process "
            + "gdpc-drafting");
  }
}
