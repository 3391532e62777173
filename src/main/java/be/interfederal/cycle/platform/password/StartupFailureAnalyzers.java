package be.interfederal.cycle.platform.password;

import be.interfederal.cycle.directory.DirectoryException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns the expected start-up failures into one clear message instead of a page of stack traces. */
public final class StartupFailureAnalyzers {

  private StartupFailureAnalyzers() {}

  public static class WeakAdminPassword extends AbstractFailureAnalyzer<WeakAdminPasswordException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, WeakAdminPasswordException cause) {
      return new FailureAnalysis("Refusing to start: " + cause.getMessage() + ".",
          "Set ADMIN_PASSWORD to a password of your own (at least the configured minimum length, not a default"
              + " such as admin or demo), and ADMIN_USER if the administrator is not called admin.", cause);
    }
  }

  public static class InvalidDirectory extends AbstractFailureAnalyzer<DirectoryException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, DirectoryException cause) {
      return new FailureAnalysis(cause.getMessage(),
          "Correct the entries named above in " + cause.getFile() + " and start again; nothing was loaded.", cause);
    }
  }

  /** A database that cannot be reached: refused connection, unknown host, wrong credentials. */
  public static class UnreachableDatabase implements FailureAnalyzer {
    @Override
    public FailureAnalysis analyze(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof ConnectException || t instanceof UnknownHostException
            || (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                    || sql.getSQLState().equals("3D000")))) {
          return new FailureAnalysis("Cannot connect to the database: " + t.getMessage(),
              "Check that the database is running and reachable (docker compose up -d starts the bundled"
                  + " PostgreSQL), and that DB_URL, DB_USER and DB_PASSWORD are right.", failure);
        }
      }
      return null;
    }
  }
}
