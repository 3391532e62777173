package be.interfederal.cycle.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One application node: the packaged jar in a JVM of its own (so that it can be killed with SIGKILL, as a crash
 * would), on its own port, on the shared database. Its output goes to target/nodes/<name>.log.
 */
final class Node {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final String name;
  final int port;
  private final List<String> args;
  private Process process;

  Node(String name, List<String> args) {
    this.name = name;
    this.port = freePort();
    this.args = args;
  }

  String base() {
    return "http://localhost:" + port;
  }

  /** Starts the node and waits until its health is UP. */
  Node start() {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar().toString(), "--server.port=" + port));
    command.addAll(args);
    try {
      Path log = Path.of("target", "nodes", name + ".log");
      Files.createDirectories(log.getParent());
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped during start-up; see target/nodes/" + name + ".log");
      }
      if (healthy()) {
        return this;
      }
      sleep(500);
    }
    throw new IllegalStateException(name + " is not healthy after 3 minutes; see target/nodes/" + name + ".log");
  }

  /** SIGKILL: no shutdown hook, no graceful stop, transactions cut off where they are. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
          kill();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  private boolean healthy() {
    try {
      HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The jar the package phase built (the integration tests run after it). */
  static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("interfederal-cycle-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No application jar in target/: run ./mvnw verify (package comes first)"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + ":" + port;
  }
}
