package be.interfederal.cycle.documents;

import be.interfederal.cycle.platform.web.ApiAuthenticationFilter;
import be.interfederal.cycle.platform.web.ApiUser;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cycle's documents for the people who may read them ({@link DocumentAccessPolicy}); login is checked before,
 * by {@link ApiAuthenticationFilter}. An unknown cycle or document is 404, a known one the user may not read 403.
 */
@RestController
public class DocumentController {

  private final DocumentService documents;
  private final DocumentAccessPolicy access;

  public DocumentController(DocumentService documents, DocumentAccessPolicy access) {
    this.documents = documents;
    this.access = access;
  }

  @GetMapping(path = "/api/cycles/{businessKey}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<DocumentSummary> list(@PathVariable String businessKey,
      @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    if (!access.cycleExists(businessKey)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Geen cyclus '" + businessKey + "' / Aucun cycle '" + businessKey + "'");
    }
    requireReader(user, businessKey);
    return documents.list(businessKey);
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String id, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    StoredDocument document = parse(id).flatMap(documents::find)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Geen document '" + id + "' / Aucun document '" + id + "'"));
    requireReader(user, document.getBusinessKey());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.getFormat().mediaType()))
        .contentLength(document.getSizeBytes())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
            .build().toString())
        .eTag('"' + document.getSha256() + '"')
        .body(document.getContent());
  }

  /**
   * A stable link to the newest version of a cycle's document, for the task forms:
   * {@code /api/cycles/{businessKey}/documents/latest/CONSULTATION_DRAFT/nl/pdf} redirects to the document itself.
   */
  @GetMapping("/api/cycles/{businessKey}/documents/latest/{type}/{language}/{format}")
  public ResponseEntity<Void> latest(@PathVariable String businessKey, @PathVariable String type,
      @PathVariable String language, @PathVariable String format, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    unknown("Onbekend documenttype", "Type de document inconnu", type, Arrays.stream(DocumentType.values()).map(Enum::name).toList());
    unknown("Onbekende taal", "Langue inconnue", language, Arrays.stream(DocumentLanguage.values()).map(DocumentLanguage::code).toList());
    unknown("Onbekend formaat", "Format inconnu", format, Arrays.stream(DocumentFormat.values()).map(Enum::name).toList());
    return list(businessKey, user).stream()
        .filter(d -> d.type().name().equalsIgnoreCase(type) && d.language().equalsIgnoreCase(language)
            && d.format().name().equalsIgnoreCase(format))
        .max(Comparator.comparingInt(DocumentSummary::version))
        .map(d -> ResponseEntity.status(HttpStatus.FOUND).location(java.net.URI.create("/api/documents/" + d.id())).<Void>build())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Nog geen " + type + " " + language + " "
            + format + " in cyclus '" + businessKey + "' / Pas encore de " + type + " " + language + " " + format
            + " dans le cycle '" + businessKey + "'"));
  }

  /** A link's code that names nothing the application makes: the caller's error, said with what there is. */
  private static void unknown(String nl, String fr, String given, List<String> known) {
    if (known.stream().noneMatch(code -> code.equalsIgnoreCase(given))) {
      String shown = given.length() > 40 ? given.substring(0, 40) + "…" : given;
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, nl + " '" + shown + "' (bekend: " + known + ") / "
          + fr + " '" + shown + "' (connus : " + known + ")");
    }
  }

  private void requireReader(ApiUser user, String businessKey) {
    if (!access.mayRead(user, businessKey)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, user.userId() + " neemt geen deel aan cyclus '"
          + businessKey + "' / " + user.userId() + " ne participe pas au cycle '" + businessKey + "'");
    }
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
