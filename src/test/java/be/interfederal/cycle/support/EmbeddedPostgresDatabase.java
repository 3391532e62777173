package be.interfederal.cycle.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL 17 server (zonky's embedded binaries from Maven Central) started once per test JVM; each
 * caller gets a fresh database in it.
 */
public final class EmbeddedPostgresDatabase {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is going away; the data directory is temporary anyway
        }
      }));
    }
    return server;
  }

  /** Creates an empty database and returns its JDBC URL (user and password: postgres). */
  public static String newDatabase() {
    String name = "cycle_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return server().getJdbcUrl("postgres", name);
  }
}
