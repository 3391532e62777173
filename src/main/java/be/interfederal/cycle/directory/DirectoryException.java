package be.interfederal.cycle.directory;

import java.util.List;

/** A directory or demo-users file that cannot be loaded; the message names the file, the entries and the problems. */
public class DirectoryException extends RuntimeException {

  private final String file;
  private final List<String> problems;

  public DirectoryException(String file, List<String> problems) {
    this(file, problems, null);
  }

  public DirectoryException(String file, List<String> problems, Throwable cause) {
    super("Invalid directory file " + file + ":\n  - " + String.join("\n  - ", problems), cause);
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String getFile() {
    return file;
  }

  public List<String> getProblems() {
    return problems;
  }
}
