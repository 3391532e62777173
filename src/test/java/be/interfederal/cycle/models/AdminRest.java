package be.interfederal.cycle.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Requests as an administrator's tools send them: Camunda Modeler's deploy, the admin API's JSON. */
final class AdminRest {

  static final String MODELER = "Camunda Modeler";

  private final TestRestTemplate rest;

  AdminRest(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** A model file of the repository (bpmn/x.bpmn), as text, to revise. */
  static String model(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What Camunda Modeler's "Deploy" sends: multipart, HTTP Basic, its source, changed resources only. */
  ResponseEntity<JsonNode> modelerDeploy(String user, String password, String name, Map<String, String> files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deployment-source", MODELER);
    body.add("deploy-changed-only", "true");
    files.forEach((file, content) -> body.add(file, resource(file, content)));
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, multipart(user, password, body), JsonNode.class);
  }

  ResponseEntity<JsonNode> validate(String user, String password, Map<String, String> files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    files.forEach((file, content) -> body.add(file, resource(file, content)));
    return rest.exchange("/api/admin/models/validate", HttpMethod.POST, multipart(user, password, body), JsonNode.class);
  }

  ResponseEntity<JsonNode> post(String user, String password, String path, Object json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> get(String user, String password, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(String user, String password, MultiValueMap<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private static ByteArrayResource resource(String file, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return file;
      }
    };
  }
}
