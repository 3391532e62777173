package be.interfederal.cycle.documents;

import java.net.URI;
import java.util.Comparator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A stable link to the newest version of a cycle's document, for the task forms:
 * {@code /api/cycles/{businessKey}/documents/latest/CONSULTATION_DRAFT/nl/pdf} redirects to the document itself.
 */
@RestController
public class LatestDocumentController {

  private final DocumentService documents;
  private final DocumentAccessPolicy access;

  public LatestDocumentController(DocumentService documents, DocumentAccessPolicy access) {
    this.documents = documents;
    this.access = access;
  }

  @GetMapping("/api/cycles/{businessKey}/documents/latest/{type}/{language}/{format}")
  public ResponseEntity<Void> latest(@PathVariable String businessKey, @PathVariable String type,
      @PathVariable String language, @PathVariable String format, @RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    if (!access.cycleExists(businessKey)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No cycle " + businessKey);
    }
    if (!access.mayRead(user, businessKey)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, user.userId() + " takes no part in cycle " + businessKey);
    }
    return documents.list(businessKey).stream()
        .filter(d -> d.type().name().equalsIgnoreCase(type) && d.language().equalsIgnoreCase(language)
            && d.format().name().equalsIgnoreCase(format))
        .max(Comparator.comparingInt(DocumentSummary::version))
        .map(d -> ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/api/documents/" + d.id())).<Void>build())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "No " + type + " " + language + " " + format + " yet in cycle " + businessKey));
  }
}
