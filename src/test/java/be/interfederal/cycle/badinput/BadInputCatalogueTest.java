package be.interfederal.cycle.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue of bad inputs, for every form: a whole cycle is walked with an early warning beside it, and before
 * the first task of each kind is answered, and before each process is started, every bad input {@link BadInputs}
 * derives from the good answer is sent through the engine REST API as its user would send it. Each must get a 4xx
 * with a message in Dutch and French, naming the field it spoils, store nothing and leave the task open; then the
 * good answer itself, sent the same way, must be taken (204). The findings are asserted at once; every answer is
 * written to target/bad-input-catalogue.md.
 */
@ApplicationTest
class BadInputCatalogueTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ApplicationContext beans;
  @Autowired JdbcTemplate jdbc;
  @Autowired Cycles cycles;

  private final Set<String> businessKeys = new TreeSet<>();

  @AfterEach
  void removeTheCycles() {
    for (String key : businessKeys) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
          .forEach(instance -> runtime.deleteProcessInstanceIfExists(instance.getId(), "test clean-up", true, true, true, false));
    }
  }

  @Test
  void everyFormRefusesEveryBadInputWithA4xxInDutchAndFrenchAndStoresNothing() throws Exception {
    DeclaredForms forms = new DeclaredForms(repository, beans);
    SubmissionProbe probe = new SubmissionProbe(rest, new DataFingerprint(jdbc));
    String key = "catalogue" + UUID.randomUUID().toString().substring(0, 8);
    businessKeys.add(key);

    String secretariat = TestUsers.memberOf(identity, "gdpcSecretariat");
    probe.probe("policy-cycle (start)", "/engine-rest/process-definition/key/policy-cycle/submit-form", secretariat,
        TestUsers.DEMO_PASSWORD, BadInputs.of(Answers.cycleStart(), forms.ofStart("policy-cycle"), Map.of("businessKey", key)),
        () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0);
    CycleDriver cycle = new CycleDriver(runtime, tasks, management, identity, key);
    ProcessInstance instance = cycle.start(2030, 2033, null);

    String sciensano = TestUsers.memberOf(identity, "sciensano");
    probe.probe("early-warning (start)", "/engine-rest/process-definition/key/early-warning/submit-form", sciensano,
        TestUsers.DEMO_PASSWORD, BadInputs.of(Answers.signal(), forms.ofStart("early-warning"), Map.of("businessKey", key)),
        () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).processDefinitionKey("early-warning").count() == 0);
    TestUsers.as(identity, sciensano, () -> runtime.startProcessInstanceByKey("early-warning", key, Answers.signal()));
    cycle.runJobs();

    Answers answers = new Answers(cycle, tasks, cycles.objectiveCount(key));
    Set<String> seen;
    try {
      seen = new CatalogueWalk(cycle, answers, runtime, tasks, management).toTheEnd(instance.getId(), task ->
          probe.probe(task.getTaskDefinitionKey(), "/engine-rest/task/" + task.getId() + "/submit-form", member(task),
              TestUsers.DEMO_PASSWORD, BadInputs.ofTask(task.getTaskDefinitionKey(), answers.to(task),
                  forms.ofTask(task.getTaskDefinitionKey())),
              () -> tasks.createTaskQuery().taskId(task.getId()).count() == 1),
          (task, good) -> probe.submitGood(task.getTaskDefinitionKey(), "/engine-rest/task/" + task.getId() + "/submit-form",
              member(task), TestUsers.DEMO_PASSWORD, good));
    } finally {
      runtime.createProcessInstanceQuery().variableValueEquals("predecessorKey", key).list()
          .forEach(next -> businessKeys.add(next.getBusinessKey()));
      probe.writeReport(Path.of("target", "bad-input-catalogue.md"));
      probe.findings().forEach(System.out::println);
    }

    assertThat(seen).as("every kind of task a form is for was met").containsAll(forms.taskKeys());
    assertThat(probe.sent()).as("bad inputs sent").isGreaterThan(500);
    assertThat(probe.findings()).as("bad inputs not refused as they should be (all answers in target/bad-input-catalogue.md)")
        .isEmpty();
  }

  private String member(Task task) {
    String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).findFirst().orElseThrow();
    return TestUsers.memberOf(identity, group);
  }
}
