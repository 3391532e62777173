package be.interfederal.cycle.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Sends each bad submission of the catalogue as a user would (HTTP Basic, as the member the task is for) and checks
 * its answer: a 4xx, never a 5xx; a message in Dutch and in French ("… / …") naming the field where the variant
 * spoils one; nothing stored; the task still open. Every answer goes into the catalogue's report.
 */
final class SubmissionProbe {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final DataFingerprint data;
  private final List<String> findings = new ArrayList<>();
  private final List<String> report = new ArrayList<>();
  private int sent;

  SubmissionProbe(TestRestTemplate rest, DataFingerprint data) {
    this.rest = rest;
    this.data = data;
    report.add("| Form | Bad input | Status | Message |");
    report.add("|---|---|---|---|");
  }

  /**
   * Sends every variant to {@code url} as {@code user}; {@code stillThere} says whether what the submission was for
   * (the open task, no started process) is as it was.
   */
  void probe(String form, String url, String user, String password, List<Variant> variants, BooleanSupplier stillThere) {
    for (Variant variant : variants) {
      Map<String, String> before = data.take();
      ResponseEntity<byte[]> answer = send(url, user, password, variant);
      sent++;
      int status = answer.getStatusCode().value();
      String message = message(answer.getBody());
      String what = form + " — " + variant.name();
      report.add("| " + form + " | " + variant.name() + " | " + status + " | "
          + message.replace("|", "\\|").replace("\n", " ") + " |");
      if (status < 400 || status >= 500) {
        findings.add(what + ": answered " + status + " " + abbreviate(message));
      }
      if (!message.contains(" / ")) {
        findings.add(what + ": the message is not in Dutch and French: " + abbreviate(message));
      }
      if (variant.expectedNl() != null && !(message.contains(variant.expectedNl()) && message.contains(variant.expectedFr()))) {
        findings.add(what + ": the message does not name '" + variant.expectedNl() + "' / '" + variant.expectedFr()
            + "': " + abbreviate(message));
      }
      Map<String, String> changed = DataFingerprint.changes(before, data.take());
      if (!changed.isEmpty()) {
        findings.add(what + ": stored something: " + changed);
      }
      if (!stillThere.getAsBoolean()) {
        findings.add(what + ": the task was completed or the process started");
        return;
      }
    }
  }

  /**
   * Sends the good answer the same way, as the proof that the refusals above are about what each variant spoils;
   * returns whether it was accepted (204), recording a finding when not.
   */
  boolean submitGood(String form, String url, String user, String password, Map<String, Object> good) {
    ResponseEntity<byte[]> answer = send(url, user, password, BadInputs.good(good));
    sent++;
    report.add("| " + form + " | (the good answer) | " + answer.getStatusCode().value() + " | |");
    if (answer.getStatusCode().value() != 204) {
      findings.add(form + " — the good answer was refused: " + answer.getStatusCode().value() + " "
          + abbreviate(message(answer.getBody())));
      return false;
    }
    return true;
  }

  private ResponseEntity<byte[]> send(String url, String user, String password, Variant variant) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(variant.contentType() + ";charset=UTF-8"));
    return rest.withBasicAuth(user, password)
        .exchange(url, HttpMethod.POST, new HttpEntity<>(variant.body(), headers), byte[].class);
  }

  List<String> findings() {
    return findings;
  }

  int sent() {
    return sent;
  }

  void writeReport(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, report, StandardCharsets.UTF_8);
  }

  /** The refusal's message: the JSON body's {@code message}, or the body as it is. */
  static String message(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      JsonNode json = JSON.readTree(text);
      return json != null && json.hasNonNull("message") ? json.get("message").asText() : text;
    } catch (IOException notJson) {
      return text;
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
