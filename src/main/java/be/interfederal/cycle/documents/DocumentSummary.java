package be.interfederal.cycle.documents;

import java.time.Instant;
import java.util.UUID;

/** What a list of a cycle's documents shows of each: everything but the content. */
public record DocumentSummary(UUID id, DocumentType type, String language, DocumentFormat format, int version,
    long sizeBytes, String sha256, Instant createdAt) {}
