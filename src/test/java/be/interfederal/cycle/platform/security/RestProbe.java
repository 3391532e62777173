package be.interfederal.cycle.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a user actually gets, asked as that user over HTTP Basic: the engine REST API for tasks, history and
 * variables, the application's /api for documents. Every answer is either a yes or a no; anything else (a 500
 * where a refusal is due, a 2xx from the completion probe) stops the test, since the matrix could not be trusted.
 */
final class RestProbe {

  /**
   * The completion probe's body: a Java-serialized object variable. The engine checks the user may complete the
   * task (403 if not) before it sets any variable, and then refuses the variable because Java serialization is
   * off, so an authorized completion fails after the check and is rolled back: the task stays open.
   */
  static final String COMPLETE_PROBE = "{\"variables\":{\"securityMatrixProbe\":{\"type\":\"Object\",\"value\":\"rO0ABXQAAA==\","
      + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
      + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final TaskService tasks;
  private final String engineDate;

  RestProbe(TestRestTemplate rest, TaskService tasks, Date since) {
    this.rest = rest;
    this.tasks = tasks;
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    this.engineDate = URLEncoder.encode(format.format(since), StandardCharsets.UTF_8);
  }

  /** The open tasks of these cycles the task list shows the user. */
  Set<String> taskList(Member member, Collection<String> businessKeys) {
    JsonNode list = okJson(call(member, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKeyIn="
        + String.join(",", businessKeys), null), "task list");
    Set<String> ids = new HashSet<>();
    list.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  boolean getTask(Member member, String taskId) {
    return yesOrNo(call(member, HttpMethod.GET, "/engine-rest/task/" + taskId, null), 200, "GET task");
  }

  /** Claims the task as the user; a claim that works is undone at once. */
  boolean claim(Member member, String taskId) {
    boolean claimed = yesOrNo(call(member, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
        "{\"userId\":\"" + member.userId() + "\"}"), 204, "claim");
    if (claimed) {
      tasks.setAssignee(taskId, null);
    }
    return claimed;
  }

  /** Whether the engine lets the user complete the task: see {@link #COMPLETE_PROBE}. The task is never completed. */
  boolean mayComplete(Member member, String taskId) {
    ResponseEntity<String> answer = call(member, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", COMPLETE_PROBE);
    int status = answer.getStatusCode().value();
    if (status / 100 == 2) {
      throw new IllegalStateException("The completion probe completed task " + taskId + " as " + member);
    }
    if (status == 403) {
      return false;
    }
    if (status == 404 || answer.getBody() == null || !answer.getBody().contains("serializ")) {
      throw new IllegalStateException("Completion probe of " + taskId + " as " + member + ": " + status + " " + answer.getBody());
    }
    return true;
  }

  boolean download(Member member, String documentId) {
    return yesOrNo(call(member, HttpMethod.GET, "/api/documents/" + documentId, null), 200, "download");
  }

  boolean listDocuments(Member member, String businessKey) {
    return yesOrNo(call(member, HttpMethod.GET, "/api/cycles/" + businessKey + "/documents", null), 200, "document list");
  }

  /** Every row the endpoint answers the user, over all parked cycles; rows of other process instances are left out. */
  List<Row> rows(Member member, HistoryEndpoint endpoint, CycleFacts facts) {
    List<Row> rows = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    if (endpoint.perCycle()) {
      facts.businessKeys.forEach(key -> paths.add(endpoint.path.replace("{key}", key)));
    } else {
      paths.add(endpoint.path.replace("{since}", engineDate));
    }
    String body = endpoint.method.equals("POST") ? json(Map.of("processInstanceIdIn", facts.instanceIds)) : null;
    for (String path : paths) {
      JsonNode answer = okJson(call(member, HttpMethod.valueOf(endpoint.method), "/engine-rest" + path, body), endpoint.label());
      for (JsonNode row : answer) {
        String instance = text(row, endpoint.processInstanceField);
        if (facts.instanceIds.contains(instance)) {
          rows.add(new Row(text(row, "id"), instance, text(row, endpoint.taskField), text(row, endpoint.scopeField)));
        }
      }
    }
    return rows;
  }

  private ResponseEntity<String> call(Member member, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(member.userId(), member.password());
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(URI.create(rest.getRootUri() + path), method, new HttpEntity<>(body, headers), String.class);
  }

  private static boolean yesOrNo(ResponseEntity<String> answer, int yes, String what) {
    int status = answer.getStatusCode().value();
    if (status == yes) {
      return true;
    }
    if (status == 403 || status == 404) {
      return false;
    }
    throw new IllegalStateException(what + ": " + status + " " + answer.getBody());
  }

  /** A list query answers 200 with what the user may see (possibly nothing); a refusal is an empty answer. */
  private static JsonNode okJson(ResponseEntity<String> answer, String what) {
    if (answer.getStatusCode().value() == 403) {
      return JSON.createArrayNode();
    }
    if (answer.getStatusCode().value() != 200) {
      throw new IllegalStateException(what + ": " + answer.getStatusCode() + " " + answer.getBody());
    }
    try {
      return JSON.readTree(answer.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode row, String field) {
    return field == null || row.get(field) == null || row.get(field).isNull() ? null : row.get(field).asText();
  }
}
