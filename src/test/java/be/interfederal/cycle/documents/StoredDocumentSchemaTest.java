package be.interfederal.cycle.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.util.Throwables;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V3__documents.sql runs on H2 and on PostgreSQL 17 after the other migrations, and Hibernate's mapping of
 * {@link StoredDocument} validates against the resulting table on both (as {@code ddl-auto: validate} does at
 * start-up): the binary content, the UUID key and the timestamp with time zone included. A stored document reads
 * back byte for byte, and the database refuses a second document with the same version.
 */
class StoredDocumentSchemaTest {

  /** Larger than any default VARBINARY length, to show the column takes real documents. */
  private static final int CONTENT_BYTES = 3_000_000;

  @Test
  void migratesAndValidatesOnH2() {
    String url = "jdbc:h2:mem:documents-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    check(new DriverManagerDataSource(url, "sa", ""));
  }

  @Test
  void migratesAndValidatesOnPostgres() {
    check(new DriverManagerDataSource(EmbeddedPostgresDatabase.newDatabase(), "postgres", "postgres"));
  }

  private static void check(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("app_schema_history")
        .load().migrate();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
        .build();
    try (SessionFactory sessions = new MetadataSources(registry).addAnnotatedClass(StoredDocument.class)
        .buildMetadata().buildSessionFactory()) {
      byte[] content = new byte[CONTENT_BYTES];
      new Random(42).nextBytes(content);
      Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      StoredDocument stored = new StoredDocument("schema-check", DocumentType.FINAL_STRATEGY, "nl",
          DocumentFormat.PDF, 1, content, DocumentService.sha256(content), createdAt, "generateFinalStrategy",
          "pi-1", "pi-1:act-1");
      sessions.inTransaction(session -> session.persist(stored));

      StoredDocument read = sessions.fromTransaction(session -> session.find(StoredDocument.class, stored.getId()));
      assertThat(read.getContent()).isEqualTo(content);
      assertThat(read.getSizeBytes()).isEqualTo(CONTENT_BYTES);
      assertThat(read.getCreatedAt()).isEqualTo(createdAt);
      assertThat(read.getType()).isEqualTo(DocumentType.FINAL_STRATEGY);
      assertThat(read.getFormat()).isEqualTo(DocumentFormat.PDF);
      List<DocumentSummary> summaries = sessions.fromTransaction(session -> session.createSelectionQuery(
          "select new be.interfederal.cycle.documents.DocumentSummary(d.id, d.type, d.language, d.format,"
              + " d.version, d.sizeBytes, d.sha256, d.createdAt) from StoredDocument d where d.businessKey = :key",
          DocumentSummary.class).setParameter("key", "schema-check").getResultList());
      assertThat(summaries).extracting(DocumentSummary::version).containsExactly(1);

      StoredDocument sameVersion = new StoredDocument("schema-check", DocumentType.FINAL_STRATEGY, "nl",
          DocumentFormat.PDF, 1, new byte[] {1}, DocumentService.sha256(new byte[] {1}), createdAt, null, null, null);
      Throwable refused = catchThrowable(() -> sessions.inTransaction(session -> session.persist(sameVersion)));
      assertThat(refused).isNotNull();
      assertThat(Throwables.getRootCause(refused).getMessage().toLowerCase(Locale.ROOT))
          .contains("uk_stored_document_version");
    }
  }
}
