package be.interfederal.cycle.documents;

import be.interfederal.cycle.platform.web.ApiAuthenticationFilter;
import be.interfederal.cycle.platform.web.ApiUser;
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
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No cycle " + businessKey);
    }
    requireReader(user, businessKey);
    return documents.list(businessKey);
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String id, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    StoredDocument document = parse(id).flatMap(documents::find)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document " + id));
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
    return list(businessKey, user).stream()
        .filter(d -> d.type().name().equalsIgnoreCase(type) && d.language().equalsIgnoreCase(language)
            && d.format().name().equalsIgnoreCase(format))
        .max(Comparator.comparingInt(DocumentSummary::version))
        .map(d -> ResponseEntity.status(HttpStatus.FOUND).location(java.net.URI.create("/api/documents/" + d.id())).<Void>build())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "No " + type + " " + language + " " + format + " yet in cycle " + businessKey));
  }

  private void requireReader(ApiUser user, String businessKey) {
    if (!access.mayRead(user, businessKey)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          user.userId() + " takes no part in cycle " + businessKey);
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
