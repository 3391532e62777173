package be.interfederal.cycle.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One generated file, kept for good: a new generation of the same document adds the next version and never
 * replaces an earlier one. The task that made it is recorded (activity, process instance, generation key), so a
 * retried task finds its own documents instead of adding versions.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

  @Id
  private UUID id;

  @Column(name = "business_key", nullable = false)
  private String businessKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  private DocumentType type;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentFormat format;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "activity_id")
  private String activityId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "generation_key")
  private String generationKey;

  protected StoredDocument() {}

  StoredDocument(String businessKey, DocumentType type, String language, DocumentFormat format, int version,
      byte[] content, String sha256, Instant createdAt, String activityId, String processInstanceId,
      String generationKey) {
    this.id = UUID.randomUUID();
    this.businessKey = businessKey;
    this.type = type;
    this.language = language;
    this.format = format;
    this.version = version;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.createdAt = createdAt;
    this.activityId = activityId;
    this.processInstanceId = processInstanceId;
    this.generationKey = generationKey;
  }

  public UUID getId() {
    return id;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public DocumentType getType() {
    return type;
  }

  public String getLanguage() {
    return language;
  }

  public DocumentFormat getFormat() {
    return format;
  }

  public int getVersion() {
    return version;
  }

  /** The file itself; the array is the stored one, not a copy (documents are never changed once stored). */
  public byte[] getContent() {
    return content;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getActivityId() {
    return activityId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getGenerationKey() {
    return generationKey;
  }

  /** "&lt;businessKey&gt;-final-strategy-v2-nl.pdf", with anything but letters, digits, '.', '_' and '-' replaced. */
  public String fileName() {
    String key = businessKey.replaceAll("[^A-Za-z0-9._-]", "-");
    return key + "-" + type.slug() + "-v" + version + "-" + language + "." + format.extension();
  }

  public DocumentSummary summary() {
    return new DocumentSummary(id, type, language, format, version, sizeBytes, sha256, createdAt);
  }
}
