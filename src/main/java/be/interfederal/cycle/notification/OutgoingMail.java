package be.interfederal.cycle.notification;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import be.interfederal.cycle.strategy.process.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail to one person about one task, queued in the task's transaction and sent afterwards. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail extends Identified {

  /** Column sizes (V12 migration). */
  static final int SUBJECT_LENGTH = 1000;
  static final int BODY_LENGTH = 8000;
  static final int ERROR_LENGTH = 1000;

  @Column(name = "recipient_user", nullable = false)
  private String recipientUser;

  @Column(name = "recipient_email", nullable = false)
  private String recipientEmail;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailKind kind;

  @Column(name = "task_id", nullable = false)
  private String taskId;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(nullable = false, length = BODY_LENGTH)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Embedded
  private Recorded recorded;

  protected OutgoingMail() {}

  public OutgoingMail(String user, String email, String language, MailKind kind, String taskId, MailText text) {
    this.recipientUser = user;
    this.recipientEmail = email;
    this.language = language;
    this.kind = kind;
    this.taskId = taskId;
    this.subject = cut(text.subject(), SUBJECT_LENGTH);
    this.body = cut(text.body(), BODY_LENGTH);
    this.status = MailStatus.pending;
    this.recorded = Recorded.by(Actor.current());
  }

  void sent() {
    attempts++;
    status = MailStatus.sent;
    sentAt = EngineClock.now();
    lastError = null;
  }

  void failed(String error, int maxAttempts) {
    attempts++;
    lastError = cut(error, ERROR_LENGTH);
    status = attempts >= maxAttempts ? MailStatus.failed : MailStatus.pending;
  }

  void skipped() {
    status = MailStatus.skipped;
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  public String getRecipientUser() { return recipientUser; }
  public String getRecipientEmail() { return recipientEmail; }
  public String getLanguage() { return language; }
  public MailKind getKind() { return kind; }
  public String getTaskId() { return taskId; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public MailStatus getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public Instant getSentAt() { return sentAt; }
}
