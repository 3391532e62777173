package be.interfederal.cycle.benchmark;

import be.interfederal.cycle.support.EmbeddedPostgresDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures cold start-up of the packaged jar, as a person runs it: time until Spring Boot reports "Started", and
 * heap in use after a full GC once started — on H2 (default profile, fresh ./data) and on PostgreSQL 17 (postgres
 * profile, fresh database). Not a test: run it with
 *
 * <pre>./mvnw -q -DskipTests package && ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=be.interfederal.cycle.benchmark.StartupBenchmark -Dexec.args="3"</pre>
 *
 * and copy its table into docs/performance.md.
 */
public final class StartupBenchmark {

  private static final Pattern STARTED = Pattern.compile("Started InterfederalCycleApplication in ([0-9.]+) seconds");
  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("plain.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("Build the jar first: ./mvnw -DskipTests package"));
    }
    System.out.printf("| database | run | start-up (s, Spring's own count) | heap used after start + full GC (MiB) |%n");
    System.out.printf("|---|---|---|---|%n");
    for (int run = 1; run <= runs; run++) {
      Path data = Files.createTempDirectory("cycle-h2");
      measure("H2 (file)", run, jar, Map.of(), List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("db")));
    }
    for (int run = 1; run <= runs; run++) {
      String url = EmbeddedPostgresDatabase.newDatabase();
      measure("PostgreSQL 17", run, jar, Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", "postgres",
          "ADMIN_PASSWORD", "benchmark-password-1234"), List.of("--spring.profiles.active=postgres"));
    }
    System.exit(0);
  }

  private static void measure(String database, int run, Path jar, Map<String, String> env, List<String> extra)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--server.port=0"));
    command.addAll(extra);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process app = builder.start();
    String seconds = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher m = STARTED.matcher(line);
        if (m.find()) {
          seconds = m.group(1);
          break;
        }
      }
      String pid = Long.toString(app.pid());
      run("jcmd", pid, "GC.run");
      String heap = run("jcmd", pid, "GC.heap_info");
      Matcher used = USED.matcher(heap);
      long usedKb = used.find() ? Long.parseLong(used.group(1)) : -1;
      System.out.printf("| %s | %d | %s | %d |%n", database, run, seconds, usedKb / 1024);
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }
}
