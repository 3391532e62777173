package be.interfederal.cycle.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the application's own API ({@code /api}) is JSON with a message in Dutch and French, whatever
 * refused: Spring's handling of a malformed body, another content type, a method or path that does not exist, a
 * parameter of the wrong type, a missing upload; or a controller's {@link ResponseStatusException}, whose reason is
 * already said in both languages. A capability's own advice (the administrators' API) comes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiErrors extends ResponseEntityExceptionHandler {

  /** The body of a refusal: its status, the message ("nl / fr") and each language on its own. */
  public static Map<String, Object> body(int status, String nl, String fr) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", nl + " / " + fr);
    body.put("nl", nl);
    body.put("fr", fr);
    return body;
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Object> refused(ResponseStatusException e) {
    String reason = e.getReason() == null ? "" : e.getReason();
    int separator = reason.indexOf(" / ");
    return separator < 0 ? answer(e.getStatusCode(), e.getHeaders())
        : ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(body(e.getStatusCode().value(),
            reason.substring(0, separator), reason.substring(separator + 3)));
  }

  /** A multipart body that cannot be read (cut off, no boundary): the caller's error. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> unreadableUpload(MultipartException e) {
    return ResponseEntity.badRequest().body(body(400, "De upload is onleesbaar (geen geldige multipart/form-data)",
        "Le fichier envoyé est illisible (pas de multipart/form-data valable)"));
  }

  /** Spring's own refusals: said in both languages on the API; elsewhere (a static file, actuator) as Spring says them. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    boolean api = request instanceof ServletWebRequest servlet && servlet.getRequest().getRequestURI()
        .startsWith(servlet.getRequest().getContextPath() + "/api/");
    return api ? answer(status, headers) : super.handleExceptionInternal(ex, body, headers, status, request);
  }

  private static ResponseEntity<Object> answer(HttpStatusCode status, HttpHeaders headers) {
    String[] said = switch (status.value()) {
      case 400 -> new String[] {"De aanvraag is geen geldige JSON, mist een gegeven of heeft een waarde van het verkeerde type",
          "La demande n'est pas du JSON valable, il manque une donnée ou une valeur n'a pas le bon type"};
      case 404 -> new String[] {"Niet gevonden", "Introuvable"};
      case 405 -> new String[] {"Deze methode is hier niet toegestaan", "Cette méthode n'est pas permise ici"};
      case 406 -> new String[] {"Dit formaat kan niet worden geleverd", "Ce format ne peut pas être fourni"};
      case 413 -> new String[] {"De aanvraag is te groot", "La demande est trop volumineuse"};
      case 415 -> new String[] {"Dit formaat wordt niet aanvaard: stuur JSON (of een upload waar gevraagd)",
          "Ce format n'est pas accepté : envoyez du JSON (ou un fichier là où il est demandé)"};
      default -> status.is4xxClientError() ? new String[] {"De aanvraag is geweigerd", "La demande est refusée"}
          : new String[] {"Er ging iets mis op de server", "Une erreur s'est produite sur le serveur"};
    };
    HttpHeaders answerHeaders = new HttpHeaders();
    if (headers != null) {
      answerHeaders.putAll(headers);
    }
    answerHeaders.remove(HttpHeaders.CONTENT_TYPE);
    return ResponseEntity.status(status).headers(answerHeaders).body(body(status.value(), said[0], said[1]));
  }
}
