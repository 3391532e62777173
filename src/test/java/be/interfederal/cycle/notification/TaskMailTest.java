package be.interfederal.cycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.DirectoryUser;
import be.interfederal.cycle.directory.DirectoryUserRepository;
import be.interfederal.cycle.support.ApplicationTest;
import be.interfederal.cycle.support.CycleDriver;
import be.interfederal.cycle.support.TestUsers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Task e-mails through a real SMTP server (GreenMail): one per person per task, in the person's language, with the
 * cycle, the due date and the link to the task; none for a user who switched them off; a failed send is kept and
 * tried again, and the task is untouched.
 */
@ApplicationTest
// (one database for every test context: Camunda's REST API finds its engine in a static registry by name)
@TestPropertySource(properties = {"interfederal.notifications.enabled=true", "spring.mail.host=localhost", "spring.mail.port=3025",
    "interfederal.notifications.send-every=PT1H", "interfederal.notifications.base-url=https://cycle.example.be"})
class TaskMailTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired MailOutboxSender sender;
  @Autowired TaskMails mails;
  @Autowired OutgoingMailRepository outbox;
  @Autowired DirectoryUserRepository directory;
  @Autowired NotificationSettingRepository settings;
  @Autowired TestRestTemplate rest;

  private CycleDriver cycle;
  private ProcessInstance instance;

  @BeforeEach
  void clearEarlierMails() {
    sender.sendPending();
    smtp.reset();
    cycle = new CycleDriver(runtime, tasks, management, identity, "mail" + UUID.randomUUID().toString().substring(0, 8));
  }

  @AfterEach
  void cleanUp() {
    if (instance != null) {
      runtime.deleteProcessInstance(instance.getId(), "test clean-up");
    }
    settings.deleteAll();
  }

  @Test
  void theGroupGetsOneMailEachInItsLanguageWithTheLinkToTheTask() throws Exception {
    instance = cycle.start(2030, 2033, null);
    Task mandate = cycle.single("recordMandate");
    List<User> members = identity.createUserQuery().memberOfGroup("tmdSecretariat").list();

    assertThat(sender.sendPending()).isEqualTo(members.size());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(members.size());
    for (User member : members) {
      MimeMessage mail = received(received, member.getEmail());
      String language = directory.findById(member.getId()).map(DirectoryUser::getLanguage).orElseThrow();
      String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
      assertThat(mail.getSubject()).startsWith(switch (language) {
        case "fr" -> "Nouvelle tâche : ";
        case "de" -> "Neue Aufgabe: ";
        case "en" -> "New task: ";
        default -> "Nieuwe taak: ";
      }).contains(mandate.getName());
      assertThat(body).contains("https://cycle.example.be/camunda/app/tasklist/default/#/?task=" + mandate.getId())
          .contains("Interfederale drugsstrategie");
    }
    // a reminder to two groups a person belongs to both of: one e-mail
    User both = members.get(0);
    identity.createMembership(both.getId(), "coordinators");
    try {
      mails.remind(mandate, Set.of("tmdSecretariat", "coordinators"), "Interfederale drugsstrategie 2030–2033");
      mails.remind(mandate, Set.of("tmdSecretariat", "coordinators"), "Interfederale drugsstrategie 2030–2033");
      smtp.reset();
      sender.sendPending();
      assertThat(List.of(smtp.getReceivedMessages())).filteredOn(m -> recipient(m).equals(both.getEmail())).hasSize(1);
    } finally {
      identity.deleteMembership(both.getId(), "coordinators");
    }
  }

  @Test
  void aUserWhoSwitchedMailsOffGetsNone() throws Exception {
    List<User> members = identity.createUserQuery().memberOfGroup("tmdSecretariat").list();
    User quiet = members.get(0);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var off = rest.withBasicAuth(quiet.getId(), TestUsers.DEMO_PASSWORD).exchange("/api/me/notifications", HttpMethod.PUT,
        new HttpEntity<>("{\"enabled\": false}", headers), Map.class);
    assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth(quiet.getId(), TestUsers.DEMO_PASSWORD).exchange("/api/me/notifications", HttpMethod.PUT,
        new HttpEntity<>("{\"enabled\": \"nee\"}", headers), Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    instance = cycle.start(2030, 2033, null);
    sender.sendPending();

    assertThat(List.of(smtp.getReceivedMessages())).extracting(TaskMailTest::recipient)
        .doesNotContain(quiet.getEmail()).hasSize(members.size() - 1);
  }

  @Test
  void aFailedSendIsKeptAndTriedAgainAndTheTaskStaysAsItIs() {
    smtp.stop();
    instance = cycle.start(2030, 2033, null);
    Task mandate = cycle.single("recordMandate");

    assertThat(sender.sendPending()).isZero();
    List<OutgoingMail> queued = outbox.findByTaskId(mandate.getId());
    assertThat(queued).isNotEmpty().allSatisfy(mail -> {
      assertThat(mail.getStatus()).isEqualTo(MailStatus.pending);
      assertThat(mail.getAttempts()).isEqualTo(1);
      assertThat(mail.getLastError()).isNotBlank();
    });
    assertThat(tasks.createTaskQuery().taskId(mandate.getId()).count()).isEqualTo(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

    smtp.start();
    assertThat(sender.sendPending()).isEqualTo(queued.size());
    assertThat(outbox.findByTaskId(mandate.getId())).allSatisfy(mail -> {
      assertThat(mail.getStatus()).isEqualTo(MailStatus.sent);
      assertThat(mail.getAttempts()).isEqualTo(2);
    });
  }

  private static MimeMessage received(MimeMessage[] messages, String email) {
    for (MimeMessage message : messages) {
      if (recipient(message).equals(email)) {
        return message;
      }
    }
    throw new AssertionError("No e-mail to " + email);
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
