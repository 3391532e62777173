package be.interfederal.cycle.notification;

/** An e-mail's subject and plain-text body. */
public record MailText(String subject, String body) {}
