package be.interfederal.cycle.benchmark;

import static be.interfederal.cycle.support.RestVariables.typed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The benchmark's HTTP client: java.net.http over HTTP/1.1 with keep-alive and Basic authentication, as Tasklist's
 * users' browsers reach /engine-rest. Every request with a label is timed on the client (send to last byte) into an
 * HdrHistogram of that label, in microseconds.
 */
final class BenchHttp {

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String adminPassword;
  private final String demoPassword;
  private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();

  BenchHttp(String base, String adminPassword, String demoPassword) {
    this.base = base;
    this.adminPassword = adminPassword;
    this.demoPassword = demoPassword;
  }

  HttpResponse<String> send(String label, String user, String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", basic(user)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (label != null) {
        histogram(label).recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
      }
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode get(String label, String user, String path) {
    HttpResponse<String> response = send(label, user, "GET", path, null);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return read(response.body());
  }

  /** Completes a task with the form's variables; 204 or an exception with the server's answer. */
  void complete(String label, String user, String taskId, Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, typed(value)));
    HttpResponse<String> response = send(label, user, "POST", "/engine-rest/task/" + taskId + "/complete",
        write(Map.of("variables", variables)));
    if (response.statusCode() != 204) {
      throw new IllegalStateException(user + " completes " + label + ": " + response.statusCode() + " " + response.body());
    }
  }

  Histogram histogram(String label) {
    return latencies.computeIfAbsent(label, l -> new ConcurrentHistogram(3_600_000_000L, 3));
  }

  Map<String, Histogram> histograms() {
    return latencies;
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(body, e);
    }
  }

  private String basic(String user) {
    String password = "admin".equals(user) ? adminPassword : demoPassword;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
