package be.interfederal.cycle.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.DirectoryGroup;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.TestUsers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The security matrix: one member of every group of the directory (and the administrator) × every open task of
 * cycles parked in six places (and an early warning) × list, read, claim, complete; × every generated document
 * (and each cycle's document list) × download; × the engine REST endpoints that expose history and variables.
 * What the rule says ({@link AccessRule}) is compared with what each user gets over HTTP; every disagreement is
 * listed in one assertion.
 */
@ApplicationTest
class SecurityMatrixTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired DocumentService documents;
  @Autowired DirectoryGroupRepository directory;
  @Autowired TestRestTemplate rest;
  @Autowired LoggingSystem logging;

  private List<String> parked = List.of();

  /**
   * Each completion probe that passes the authorization check fails on purpose (see {@link RestProbe#COMPLETE_PROBE});
   * the engine and the REST API log each such failure with its stack trace, hundreds of them: not while the matrix runs.
   */
  private void quiet(Runnable matrix) {
    List<String> loggers = List.of("org.camunda.bpm.engine.context", "org.camunda.bpm.engine.rest.exception");
    loggers.forEach(logger -> logging.setLogLevel(logger, LogLevel.OFF));
    try {
      matrix.run();
    } finally {
      loggers.forEach(logger -> logging.setLogLevel(logger, null));
    }
  }

  @AfterEach
  void removeTheParkedCycles() {
    for (String key : parked) {
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list()) {
        if (instance.getSuperProcessInstanceId() == null
            && runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
          runtime.deleteProcessInstance(instance.getId(), "security matrix clean-up", true, true, true);
        }
      }
    }
  }

  @Test
  void everyGroupReadsClaimsCompletesAndDownloadsExactlyWhatTheRuleGivesIt() {
    parked = new ParkedCycles(runtime, tasks, management, identity).park();
    CycleFacts facts = new CycleFacts(parked, runtime, tasks, history, documents);
    assertThat(facts.openTasks).extracting(CycleFacts.OpenTask::key).contains("deliverContribution", "recordForesight",
        "consolidateAnalysis", "recommendOnObjective", "givePosition", "recordMinisterPosition", "acknowledgeWarning", "recordMandate",
        "approveWarningCommunication");
    assertThat(facts.documents).extracting(CycleFacts.Document::label).anyMatch(l -> l.contains(DocumentType.CONSULTATION_DRAFT.name()))
        .anyMatch(l -> l.contains(DocumentType.EARLY_WARNING_NOTICE.name()));

    List<DirectoryGroup> groups = new ArrayList<>(directory.findAll());
    groups.sort(Comparator.comparing(DirectoryGroup::getRole).thenComparing(DirectoryGroup::getId));
    Map<String, GroupRole> roles = groups.stream().collect(Collectors.toMap(DirectoryGroup::getId, DirectoryGroup::getRole));
    List<Member> members = new ArrayList<>();
    for (DirectoryGroup group : groups) {
      String user = TestUsers.memberOf(identity, group.getId());
      members.add(new Member(user, TestUsers.DEMO_PASSWORD, group.getId(), group.getRole().name(),
          new HashSet<>(TestUsers.groupsOf(identity, user))));
    }
    members.add(new Member("admin", "admin", AccessRule.ADMIN_GROUP, "ADMIN",
        new HashSet<>(TestUsers.groupsOf(identity, "admin"))));

    SecurityMatrix matrix = new SecurityMatrix(facts, new AccessRule(roles), new RestProbe(rest, tasks, facts.since));
    quiet(() -> members.forEach(matrix::check));

    System.out.printf("Security matrix: %d users (one per directory group, and admin) × %d open tasks × 4 actions, "
            + "%d document lists, %d documents, %d history/variable endpoints = %d cells; %d findings%n%s",
        members.size(), facts.openTasks.size(), parked.size(), facts.documents.size(), HistoryEndpoint.values().length,
        matrix.cells(), matrix.findings().size(), matrix.summary());
    assertThat(tasks.createTaskQuery().processInstanceBusinessKeyIn(parked.toArray(String[]::new)).count())
        .as("the probes completed no task").isEqualTo(facts.openTasks.size());
    assertThat(matrix.findings())
        .withFailMessage(() -> matrix.findings().size() + " cells where the application does not follow the rule:\n"
            + matrix.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
