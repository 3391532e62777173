package be.interfederal.cycle.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the e-mails in the recipient's language (Dutch, French, German or English, as the directory says): what is
 * asked, for which cycle, by when, and the direct link to the task in Tasklist. A plain class, tested without Spring.
 */
public final class MailComposer {

  /** What the e-mail is about. */
  public record About(String taskName, String cycleTitle, ZonedDateTime due, String link) {}

  private MailComposer() {}

  public static MailText compose(MailKind kind, String language, String firstName, About task) {
    String due = task.due() == null ? null
        : DateTimeFormatter.ofPattern(pick(language, "d MMMM uuuu 'om' HH:mm", "d MMMM uuuu 'à' HH:mm",
            "d. MMMM uuuu 'um' HH:mm", "d MMMM uuuu 'at' HH:mm"), locale(language)).format(task.due());
    String cycle = task.cycleTitle() == null ? "" : task.cycleTitle();
    String subject = kind == MailKind.reminder
        ? pick(language, "Herinnering: ", "Rappel : ", "Erinnerung: ", "Reminder: ") + task.taskName()
        : pick(language, "Nieuwe taak: ", "Nouvelle tâche : ", "Neue Aufgabe: ", "New task: ") + task.taskName();
    StringBuilder body = new StringBuilder();
    body.append(pick(language, "Beste ", "Bonjour ", "Guten Tag ", "Dear ")).append(firstName).append(",\n\n");
    body.append(kind == MailKind.reminder
        ? pick(language, "Deze taak wacht nog op uw groep:", "Cette tâche attend encore votre groupe :",
            "Diese Aufgabe wartet noch auf Ihre Gruppe:", "This task is still waiting for your group:")
        : pick(language, "Er is een taak voor u of uw groep:", "Une tâche vous attend, vous ou votre groupe :",
            "Eine Aufgabe wartet auf Sie oder Ihre Gruppe:", "There is a task for you or your group:"));
    body.append("\n\n  ").append(task.taskName()).append('\n');
    if (!cycle.isEmpty()) {
      body.append("  ").append(pick(language, "Cyclus: ", "Cycle : ", "Zyklus: ", "Cycle: ")).append(cycle).append('\n');
    }
    if (due != null) {
      body.append("  ").append(pick(language, "Te doen tegen: ", "À faire pour le : ", "Fällig am: ", "Due: "))
          .append(due).append('\n');
    }
    body.append('\n').append(pick(language, "Open de taak in Tasklist: ", "Ouvrez la tâche dans Tasklist : ",
        "Aufgabe in Tasklist öffnen: ", "Open the task in Tasklist: ")).append(task.link()).append("\n\n");
    body.append(footer(language));
    return new MailText(subject, body.toString());
  }

  /** One e-mail for a person's day: the subjects and links of the e-mails it replaces. */
  public static MailText digest(String language, String firstName, List<OutgoingMail> mails) {
    StringBuilder body = new StringBuilder();
    body.append(pick(language, "Beste ", "Bonjour ", "Guten Tag ", "Dear ")).append(firstName).append(",\n\n")
        .append(pick(language, "Dit wacht op u of uw groep:", "Voici ce qui vous attend, vous ou votre groupe :",
            "Das wartet auf Sie oder Ihre Gruppe:", "This is waiting for you or your group:")).append("\n\n");
    for (OutgoingMail mail : mails) {
      body.append("- ").append(mail.getSubject()).append('\n');
    }
    body.append('\n').append(footer(language));
    return new MailText(pick(language, "Uw taken van vandaag (", "Vos tâches du jour (", "Ihre Aufgaben heute (",
        "Your tasks today (") + mails.size() + ")", body.toString());
  }

  private static String footer(String language) {
    return pick(language,
        "Interfederal Cycle — Algemene Cel Drugsbeleid. U krijgt deze e-mail omdat u lid bent van de groep waarvoor de "
            + "taak is. E-mails uitzetten: PUT /api/me/notifications {\"enabled\": false}.",
        "Interfederal Cycle — Cellule générale pour la politique des drogues. Vous recevez ce courriel parce que vous êtes "
            + "membre du groupe auquel la tâche s'adresse. Désactiver les courriels : PUT /api/me/notifications {\"enabled\": false}.",
        "Interfederal Cycle — Allgemeine Zelle Drogenpolitik. Sie erhalten diese E-Mail als Mitglied der Gruppe, für die "
            + "die Aufgabe bestimmt ist. E-Mails abschalten: PUT /api/me/notifications {\"enabled\": false}.",
        "Interfederal Cycle — General Drugs Policy Cell. You receive this e-mail as a member of the group the task is for. "
            + "Switch e-mails off: PUT /api/me/notifications {\"enabled\": false}.");
  }

  private static String pick(String language, String nl, String fr, String de, String en) {
    return switch (language == null ? "nl" : language) {
      case "fr" -> fr;
      case "de" -> de;
      case "en" -> en;
      default -> nl;
    };
  }

  private static Locale locale(String language) {
    return switch (language == null ? "nl" : language) {
      case "fr" -> Locale.forLanguageTag("fr-BE");
      case "de" -> Locale.forLanguageTag("de-BE");
      case "en" -> Locale.ENGLISH;
      default -> Locale.forLanguageTag("nl-BE");
    };
  }
}
