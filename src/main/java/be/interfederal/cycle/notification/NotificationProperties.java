package be.interfederal.cycle.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether task e-mails are queued at all
 * @param baseUrl the address users reach the application at, for the links to their tasks
 * @param from the sender of the e-mails
 * @param maxAttempts how often a failing e-mail is tried before it is recorded as failed
 * @param digest one e-mail a day per person ({@code digestCron}) instead of one per task
 * @param digestCron when the daily digest goes out (Spring cron, Brussels time)
 */
@ConfigurationProperties("interfederal.notifications")
public record NotificationProperties(boolean enabled, String baseUrl, String from, int maxAttempts, boolean digest,
    String digestCron) {

  public NotificationProperties {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    from = from == null || from.isBlank() ? "interfederal-cycle@localhost" : from;
    maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
  }
}
