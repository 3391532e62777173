package be.interfederal.cycle.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine REST API answers, in English, when a request itself is wrong (malformed JSON, a variable of an
 * unknown or a forbidden type, another content type, an unknown resource), said in Dutch and French for the person
 * who sent it. Some of these the API answers with a 500 although the caller is at fault; those become a 400. The
 * engine's own words stay after the translation, for whoever reads the log or writes a client.
 */
final class ClientFaults {

  /** A translated answer: its status and its message. */
  record Answer(int status, String message) {}

  private record Fault(Pattern pattern, String nl, String fr) {}

  private static final List<Fault> KNOWN = List.of(
      new Fault(Pattern.compile("Cannot deserialize object in variable '(\\w+)'|Unable to parse input into json"),
          "Het veld %s bevat geen geldige JSON", "Le champ %s ne contient pas de JSON valable"),
      new Fault(Pattern.compile("Cannot set variable with name (\\w+)\\. Java serialization format is prohibited"),
          "Het veld %s is een Java-object; dat wordt niet aanvaard", "Le champ %s est un objet Java, ce qui n'est pas accepté"),
      new Fault(Pattern.compile("Unsupported value type '([^']*)'"),
          "Het type %s bestaat niet (gebruik String, Integer, Double, Boolean, Date of Json)",
          "Le type %s n'existe pas (utilisez String, Integer, Double, Boolean, Date ou Json)"),
      new Fault(Pattern.compile("Cannot convert value '([^']*)' of type '\\w+' to java type"),
          "De waarde %s heeft niet het opgegeven type", "La valeur %s n'a pas le type indiqué"));

  private ClientFaults() {}

  /**
   * The answer to give instead, or empty to keep the engine's answer (already bilingual, or a server fault).
   *
   * @param write whether the request sent data (POST, PUT): only then is a variable that cannot be read the caller's;
   *     on a read it is stored data the server cannot read, and stays a 500
   */
  static Optional<Answer> translate(int status, String message, boolean write) {
    String original = message == null ? "" : message.trim();
    if (status < 400 || original.contains(" / ")) {
      return Optional.empty();
    }
    for (Fault fault : write ? KNOWN : List.<Fault>of()) {
      Matcher matcher = fault.pattern().matcher(original);
      if (matcher.find()) {
        String subject = matcher.groupCount() > 0 && matcher.group(1) != null ? "'" + matcher.group(1) + "'" : "";
        return Optional.of(new Answer(400, (String.format(fault.nl(), subject) + " / "
            + String.format(fault.fr(), subject)).replace("  ", " ") + detail(original)));
      }
    }
    return switch (status) {
      case 400 -> Optional.of(new Answer(400, (original.isEmpty()
          ? "De aanvraag is geen geldige JSON of heeft niet de verwachte vorm / La demande n'est pas du JSON valable ou n'a pas la forme attendue"
          : "De aanvraag is ongeldig / La demande n'est pas valable") + detail(original)));
      case 403 -> Optional.of(new Answer(403, "Geen toestemming / Pas d'autorisation" + detail(original)));
      case 404 -> Optional.of(new Answer(404, "Niet gevonden / Introuvable" + detail(original)));
      case 405 -> Optional.of(new Answer(405, "Deze methode is hier niet toegestaan / Cette méthode n'est pas permise ici"
          + detail(original)));
      case 406, 415 -> Optional.of(new Answer(status, "Stuur en vraag de gegevens als JSON (application/json) / Envoyez et "
          + "demandez les données en JSON (application/json)" + detail(original)));
      default -> status < 500 ? Optional.of(new Answer(status, "De aanvraag is geweigerd / La demande est refusée"
          + detail(original))) : Optional.empty();
    };
  }

  private static String detail(String original) {
    String shown = original.length() > 200 ? original.substring(0, 200) + "…" : original;
    return original.isEmpty() ? "" : " (" + shown + ")";
  }
}
