package be.interfederal.cycle.notification;

import be.interfederal.cycle.directory.DirectoryUser;
import be.interfederal.cycle.directory.DirectoryUserRepository;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.process.OnEveryTaskCreate;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Queues the e-mails about a task: when it is created (every user task of every model) and when a reminder is due.
 * One e-mail per person per task, whatever number of the task's groups they belong to; in the person's language; not
 * to people who switched e-mails off. Queued in the task's transaction, so a task that is rolled back mails nobody;
 * {@link MailOutboxSender} sends them afterwards.
 */
@Component
public class TaskMails implements OnEveryTaskCreate {

  private final NotificationProperties properties;
  private final IdentityService identity;
  private final DirectoryUserRepository directory;
  private final NotificationSettingRepository settings;
  private final OutgoingMailRepository outbox;

  /** The identity service lazily: this listener is part of the engine's own set-up (CycleEnginePlugin). */
  public TaskMails(NotificationProperties properties, @Lazy IdentityService identity, DirectoryUserRepository directory,
      NotificationSettingRepository settings, OutgoingMailRepository outbox) {
    this.properties = properties;
    this.identity = identity;
    this.directory = directory;
    this.settings = settings;
    this.outbox = outbox;
  }

  @Override
  public void notify(DelegateTask task) {
    Set<String> groups = new LinkedHashSet<>();
    task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).forEach(groups::add);
    queue(MailKind.task, task.getId(), task.getName(), (String) task.getVariable(Variables.CYCLE_TITLE), task.getDueDate(),
        groups, task.getAssignee());
  }

  /** A reminder about an open task to its groups (and its assignee). */
  public void remind(Task task, Set<String> groups, String cycleTitle) {
    queue(MailKind.reminder, task.getId(), task.getName(), cycleTitle, task.getDueDate(), groups, task.getAssignee());
  }

  private void queue(MailKind kind, String taskId, String name, String cycleTitle, Date due, Set<String> groups,
      String assignee) {
    if (!properties.enabled()) {
      return;
    }
    Set<String> people = new LinkedHashSet<>();
    if (assignee != null) {
      people.add(assignee);
    }
    for (String group : groups) {
      identity.createUserQuery().memberOfGroup(group).list().forEach(u -> people.add(u.getId()));
    }
    ZonedDateTime dueAt = due == null ? null : due.toInstant().atZone(EngineClock.ZONE);
    MailComposer.About about = new MailComposer.About(name, cycleTitle, dueAt,
        properties.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    for (String person : people) {
      if (!wantsMail(person) || outbox.existsByRecipientUserAndTaskIdAndKind(person, taskId, kind)) {
        continue;
      }
      // the directory knows everyone's language; a user outside it (an administrator) is read from the engine
      Optional<DirectoryUser> entry = directory.findById(person);
      User user = entry.isPresent() ? null : identity.createUserQuery().userId(person).singleResult();
      String email = entry.map(DirectoryUser::getEmail).orElse(user == null ? null : user.getEmail());
      if (email == null || email.isBlank()) {
        continue;
      }
      String language = entry.map(DirectoryUser::getLanguage).orElse("nl");
      String firstName = entry.map(DirectoryUser::getFirstName).orElse(user == null ? person : user.getFirstName());
      outbox.save(new OutgoingMail(person, email, language, kind, taskId,
          MailComposer.compose(kind, language, firstName, about)));
    }
  }

  private boolean wantsMail(String userId) {
    return settings.findById(userId).map(NotificationSetting::isEnabled).orElse(true);
  }
}
