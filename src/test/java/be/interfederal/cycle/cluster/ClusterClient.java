package be.interfederal.cycle.cluster;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The users' requests to a cluster: each request goes to the next live node, as behind a round-robin load balancer.
 * A request cut off by a node's crash is sent again to another node, as a user would press again — after checking
 * that the task is still open, since the cut-off request may have been committed before the node died.
 */
final class ClusterClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO_PASSWORD = "demo";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Node> live = new CopyOnWriteArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private final String adminPassword;
  private final Map<String, String> memberOfGroup = new ConcurrentHashMap<>();
  final AtomicInteger completions = new AtomicInteger();
  final AtomicInteger resentAfterCrash = new AtomicInteger();
  final Map<String, AtomicInteger> requestsPerNode = new ConcurrentHashMap<>();

  ClusterClient(String adminPassword, Node... nodes) {
    this.adminPassword = adminPassword;
    live.addAll(List.of(nodes));
  }

  void down(Node node) {
    live.remove(node);
  }

  void up(Node node) {
    live.add(node);
  }

  /** A request to the next live node; on a connection cut by a crash, to the one after it. */
  HttpResponse<String> send(String user, String method, String path, String body) {
    IOException last = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      Node node = live.get(Math.floorMod(next.getAndIncrement(), live.size()));
      try {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(60))
            .header("Authorization", basic(user)).header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        requestsPerNode.computeIfAbsent(node.name, n -> new AtomicInteger()).incrementAndGet();
        return response;
      } catch (IOException e) {
        last = e;
        Node.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("No node answered " + method + " " + path, last);
  }

  JsonNode get(String user, String path) {
    HttpResponse<String> response = send(user, "GET", path, null);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return read(response.body());
  }

  JsonNode post(String user, String path, Object body) {
    HttpResponse<String> response = send(user, "POST", path, write(body));
    if (response.statusCode() != 200) {
      throw new AssertionError("POST " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
    }
    return read(response.body());
  }

  /** A member of the task's candidate group completes it with these variables; exactly once, whatever crashes. */
  void complete(JsonNode task, Map<String, Object> form) {
    String id = task.get("id").asText();
    String group = get("admin", "/engine-rest/task/" + id + "/identity-links?type=candidate").get(0).get("groupId").asText();
    String user = memberOfGroup.computeIfAbsent(group,
        g -> get("admin", "/engine-rest/user?memberOfGroup=" + g + "&sortBy=userId&sortOrder=asc").get(0).get("id").asText());
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, typed(value)));
    String body = write(Map.of("variables", variables));
    for (int attempt = 0; attempt < 3; attempt++) {
      HttpResponse<String> response;
      try {
        response = send(user, "POST", "/engine-rest/task/" + id + "/complete", body);
      } catch (IllegalStateException cutOff) {
        response = null;
      }
      if (response != null && response.statusCode() == 204) {
        completions.incrementAndGet();
        return;
      }
      if (response != null && response.statusCode() != 404) {
        throw new AssertionError(user + " completes " + task.get("taskDefinitionKey").asText() + ": "
            + response.statusCode() + " " + response.body());
      }
      // cut off or gone: if the task is closed, the request was committed before the node died
      if (send("admin", "GET", "/engine-rest/task/" + id, null).statusCode() == 404) {
        completions.incrementAndGet();
        return;
      }
      resentAfterCrash.incrementAndGet();
    }
    throw new AssertionError("Task " + id + " could not be completed after a crash");
  }

  List<String> liveNodes() {
    List<String> names = new ArrayList<>();
    live.forEach(n -> names.add(n.name));
    return names;
  }

  private String basic(String user) {
    String password = "admin".equals(user) ? adminPassword : DEMO_PASSWORD;
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(body, e);
    }
  }
}
