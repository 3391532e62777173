package be.interfederal.cycle.notification;

/** Why a person gets an e-mail about a task: it was created for them, or its due date is near. */
public enum MailKind { task, reminder }
