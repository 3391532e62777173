package be.interfederal.cycle.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mails with the standard Spring Boot mail set-up ({@code spring.mail.host}, ...), outside any
 * task's transaction: a failure is recorded on the row and tried again ({@code interfederal.notifications.max-attempts}
 * times), never an incident in a process. Without a mail host the e-mails are marked skipped, and that is logged once.
 * Two nodes may both pick a row; each row is sent in its own transaction, re-read first, so a row another node has
 * just sent is left alone.
 */
@Component
public class MailOutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxSender.class);

  private final OutgoingMailRepository outbox;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationProperties properties;
  private final TransactionTemplate transactions;
  private final AtomicBoolean loggedNoHost = new AtomicBoolean();

  public MailOutboxSender(OutgoingMailRepository outbox, ObjectProvider<JavaMailSender> mail, NotificationProperties properties,
      TransactionTemplate transactions) {
    this.outbox = outbox;
    this.mail = mail;
    this.properties = properties;
    this.transactions = transactions;
  }

  /** Every pending e-mail, one at a time; returns how many were sent. */
  @Scheduled(fixedDelayString = "${interfederal.notifications.send-every:PT15S}",
      initialDelayString = "${interfederal.notifications.send-every:PT15S}")
  public int sendPending() {
    if (properties.digest()) {
      return 0;
    }
    JavaMailSender sender = mail.getIfAvailable();
    int sent = 0;
    for (OutgoingMail queued : outbox.findTop200ByStatusOrderByIdAsc(MailStatus.pending)) {
      Boolean ok = transactions.execute(status -> {
        OutgoingMail row = outbox.findById(queued.getId()).orElse(null);
        if (row == null || row.getStatus() != MailStatus.pending) {
          return false;
        }
        if (sender == null) {
          noHost(row);
          return false;
        }
        try {
          sender.send(message(row.getRecipientEmail(), row.getSubject(), row.getBody()));
          row.sent();
          return true;
        } catch (MailException e) {
          row.failed(e.getMessage(), properties.maxAttempts());
          LOG.warn("E-mail {} to {} not sent (attempt {}): {}", row.getId(), row.getRecipientUser(), row.getAttempts(),
              e.getMessage());
          return false;
        }
      });
      sent += Boolean.TRUE.equals(ok) ? 1 : 0;
    }
    return sent;
  }

  /** In digest mode: one e-mail per person with everything queued for them since the last one. */
  @Scheduled(cron = "${interfederal.notifications.digest-cron:0 0 7 * * *}", zone = "Europe/Brussels")
  public int sendDigests() {
    if (!properties.digest()) {
      return 0;
    }
    JavaMailSender sender = mail.getIfAvailable();
    Map<String, List<OutgoingMail>> byPerson = new LinkedHashMap<>();
    for (OutgoingMail row : outbox.findTop200ByStatusOrderByIdAsc(MailStatus.pending)) {
      byPerson.computeIfAbsent(row.getRecipientUser(), u -> new ArrayList<>()).add(row);
    }
    int sent = 0;
    for (List<OutgoingMail> rows : byPerson.values()) {
      Boolean ok = transactions.execute(status -> {
        List<OutgoingMail> fresh = rows.stream().map(r -> outbox.findById(r.getId()).orElseThrow())
            .filter(r -> r.getStatus() == MailStatus.pending).toList();
        if (fresh.isEmpty()) {
          return false;
        }
        if (sender == null) {
          fresh.forEach(this::noHost);
          return false;
        }
        OutgoingMail first = fresh.get(0);
        MailText digest = MailComposer.digest(first.getLanguage(), first.getRecipientUser(), fresh);
        try {
          sender.send(message(first.getRecipientEmail(), digest.subject(), digest.body()));
          fresh.forEach(OutgoingMail::sent);
          return true;
        } catch (MailException e) {
          fresh.forEach(r -> r.failed(e.getMessage(), properties.maxAttempts()));
          return false;
        }
      });
      sent += Boolean.TRUE.equals(ok) ? 1 : 0;
    }
    return sent;
  }

  private void noHost(OutgoingMail row) {
    row.skipped();
    if (loggedNoHost.compareAndSet(false, true)) {
      LOG.info("No mail host configured (spring.mail.host): task e-mails are not sent");
    }
  }

  private SimpleMailMessage message(String to, String subject, String body) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body);
    return message;
  }
}
