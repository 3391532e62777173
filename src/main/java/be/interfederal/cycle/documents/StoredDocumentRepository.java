package be.interfederal.cycle.documents;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StoredDocumentRepository extends JpaRepository<StoredDocument, UUID> {

  /** How many files of this type were generated (every language, format and version). */
  long countByType(DocumentType type);

  /** The documents a generation (one task run) already made of the cycle's document of this type and language. */
  List<StoredDocument> findByBusinessKeyAndGenerationKeyAndTypeAndLanguage(String businessKey, String generationKey,
      DocumentType type, String language);

  @Query("select coalesce(max(d.version), 0) from StoredDocument d where d.businessKey = :businessKey"
      + " and d.type = :type and d.language = :language and d.format = :format")
  int latestVersion(@Param("businessKey") String businessKey, @Param("type") DocumentType type,
      @Param("language") String language, @Param("format") DocumentFormat format);

  /** A cycle's documents without their content: the list must not load every file into memory. */
  @Query("select new be.interfederal.cycle.documents.DocumentSummary(d.id, d.type, d.language, d.format, d.version,"
      + " d.sizeBytes, d.sha256, d.createdAt) from StoredDocument d where d.businessKey = :businessKey"
      + " order by d.type, d.language, d.version, d.format")
  List<DocumentSummary> summaries(@Param("businessKey") String businessKey);

  boolean existsByBusinessKey(String businessKey);
}
