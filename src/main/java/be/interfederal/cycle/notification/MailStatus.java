package be.interfederal.cycle.notification;

/** An outbox row's state: waiting, sent, given up after the last attempt, or not sent because no mail host is set. */
public enum MailStatus { pending, sent, failed, skipped }
