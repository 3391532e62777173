package be.interfederal.cycle.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a cycle's documents and keeps every version of them. Called from the cycle's service tasks, it joins
 * the engine's transaction: when the task fails, its documents are not stored either, and when the task is retried
 * with the same generation key, the documents of the first successful run are returned instead of new versions.
 */
@Service
public class DocumentService {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);
  /** Far beyond any document's few hundred milliseconds: a job that waits longer fails and is retried. */
  private static final long RENDER_TIMEOUT_MINUTES = 5;

  private final DocumentGenerator generator;
  private final StoredDocumentRepository documents;
  private final Clock clock;
  private final Executor renderers;

  public DocumentService(DocumentGenerator generator, StoredDocumentRepository documents,
      @Qualifier(DocumentsConfiguration.CLOCK) Clock clock, @Qualifier(DocumentsConfiguration.RENDERERS) Executor renderers) {
    this.generator = generator;
    this.documents = documents;
    this.clock = clock;
    this.renderers = renderers;
  }

  /** The two files of one generation of a document, with the same version number. */
  public record GeneratedDocuments(StoredDocument docx, StoredDocument pdf) {
    public List<StoredDocument> all() {
      return List.of(docx, pdf);
    }
  }

  /**
   * Makes the document in both formats and stores them as the next version of this cycle's document of this type
   * and language.
   *
   * @param businessKey the cycle
   * @param language a language of the type ({@link DocumentType#languages()}): "nl", "fr", "en" or "nlfr"
   * @param model the values the template shows (see docs/documents.md); {@code businessKey}, {@code version} and
   *     {@code generatedOn} are added here
   * @param generationKey identifies the task run that asks, e.g. {@code <processInstanceId>:<activityInstanceId>}:
   *     asking again for the same cycle, type and language with the same key returns the documents made the first
   *     time (one task may make several languages under one key); null: every call makes a new version
   * @param activityId the BPMN activity that asks, recorded with the documents (may be null)
   * @param processInstanceId the process instance that asks, recorded with the documents (may be null)
   */
  @Transactional
  public GeneratedDocuments generate(String businessKey, DocumentType type, String language, Map<String, Object> model,
      String generationKey, String activityId, String processInstanceId) {
    Map<String, Map<String, Object>> models = new LinkedHashMap<>();
    models.put(language, model);
    return generate(businessKey, type, models, generationKey, activityId, processInstanceId).get(0);
  }

  /**
   * Makes the document in several languages, as {@link #generate(String, DocumentType, String, Map, String, String,
   * String)} makes one: the languages are rendered side by side (rendering, above all the PDF, is most of a document
   * task's time, and a cycle waits for it), then stored in this transaction in the order given.
   *
   * @param models per language, the values its template shows
   */
  @Transactional
  public List<GeneratedDocuments> generate(String businessKey, DocumentType type, Map<String, Map<String, Object>> models,
      String generationKey, String activityId, String processInstanceId) {
    if (businessKey == null || businessKey.isBlank() || type == null || models.isEmpty() || models.containsKey(null)) {
      throw new IllegalArgumentException("A document needs a business key, a type and a language");
    }
    Map<String, Optional<GeneratedDocuments>> earlier = new LinkedHashMap<>();
    Map<String, Integer> versions = new LinkedHashMap<>();
    Map<String, CompletableFuture<DocumentGenerator.Rendered>> rendering = new LinkedHashMap<>();
    models.forEach((language, model) -> {
      earlier.put(language, generationKey == null ? Optional.empty() : earlier(businessKey, generationKey, type, language));
      if (earlier.get(language).isEmpty()) {
        int version = Math.max(documents.latestVersion(businessKey, type, language, DocumentFormat.DOCX),
            documents.latestVersion(businessKey, type, language, DocumentFormat.PDF)) + 1;
        versions.put(language, version);
        Supplier<DocumentGenerator.Rendered> render = () -> generator.render(businessKey, type, language,
            model == null ? Map.of() : model, version);
        rendering.put(language, renderBeside(render));
      }
    });
    List<GeneratedDocuments> generated = new ArrayList<>();
    for (String language : models.keySet()) {
      Optional<GeneratedDocuments> before = earlier.get(language);
      if (before.isPresent()) {
        LOG.info("{} {} of {} was already generated by {}: version {} returned", type, language, businessKey,
            generationKey, before.get().docx().getVersion());
        generated.add(before.get());
      } else {
        generated.add(store(businessKey, type, language, versions.get(language), rendered(rendering.get(language)),
            generationKey, activityId, processInstanceId));
      }
    }
    return generated;
  }

  private GeneratedDocuments store(String businessKey, DocumentType type, String language, int version,
      DocumentGenerator.Rendered rendered, String generationKey, String activityId, String processInstanceId) {
    Instant now = clock.instant();
    StoredDocument docx = documents.save(new StoredDocument(businessKey, type, language, DocumentFormat.DOCX, version,
        rendered.docx(), sha256(rendered.docx()), now, activityId, processInstanceId, generationKey));
    StoredDocument pdf = documents.save(new StoredDocument(businessKey, type, language, DocumentFormat.PDF, version,
        rendered.pdf(), sha256(rendered.pdf()), now, activityId, processInstanceId, generationKey));
    LOG.info("{} {} of {} generated: version {} ({} bytes DOCX, {} bytes PDF)", type, language, businessKey, version,
        docx.getSizeBytes(), pdf.getSizeBytes());
    return new GeneratedDocuments(docx, pdf);
  }

  /** On a renderer thread; on the caller's when the pool takes no more (the application is stopping). */
  private CompletableFuture<DocumentGenerator.Rendered> renderBeside(Supplier<DocumentGenerator.Rendered> render) {
    try {
      return CompletableFuture.supplyAsync(render, renderers);
    } catch (RejectedExecutionException stopping) {
      try {
        return CompletableFuture.completedFuture(render.get());
      } catch (RuntimeException failure) {
        return CompletableFuture.failedFuture(failure);
      }
    }
  }

  /** The rendering's result, or its failure as it was thrown (a template error stays a template error). */
  private static DocumentGenerator.Rendered rendered(CompletableFuture<DocumentGenerator.Rendered> rendering) {
    try {
      return rendering.get(RENDER_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new DocumentGenerationException("Rendering failed: " + e.getCause(), e.getCause());
    } catch (TimeoutException | InterruptedException e) {
      rendering.cancel(true);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new DocumentGenerationException("Rendering did not finish within " + RENDER_TIMEOUT_MINUTES + " minutes", e);
    }
  }

  /** Every stored document of the cycle, every version, without content. */
  @Transactional(readOnly = true)
  public List<DocumentSummary> list(String businessKey) {
    return documents.summaries(businessKey);
  }

  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(UUID id) {
    return documents.findById(id);
  }

  @Transactional(readOnly = true)
  public boolean hasDocuments(String businessKey) {
    return documents.existsByBusinessKey(businessKey);
  }

  private Optional<GeneratedDocuments> earlier(String businessKey, String generationKey, DocumentType type,
      String language) {
    List<StoredDocument> found = documents.findByBusinessKeyAndGenerationKeyAndTypeAndLanguage(businessKey,
        generationKey, type, language);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StoredDocument docx = only(found, DocumentFormat.DOCX, generationKey);
    StoredDocument pdf = only(found, DocumentFormat.PDF, generationKey);
    return Optional.of(new GeneratedDocuments(docx, pdf));
  }

  private static StoredDocument only(List<StoredDocument> found, DocumentFormat format, String generationKey) {
    // Both formats are stored in one transaction, so a generation has either both or neither.
    return found.stream().filter(d -> d.getFormat() == format).findFirst().orElseThrow(() ->
        new IllegalStateException("Generation " + generationKey + " stored no " + format + " document"));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
