package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Every operation the server describes at /openapi, sent hostile bodies and parameters, with and
 * without the admin token: each is answered within 2 s, never with a 5xx or a stack trace, and the
 * server is still healthy afterwards. Then the same for the live WebSocket's frames.
 */
@RunAsClient
class HostileInputEndToEndIT extends EndToEndTest {

  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);
  private int probes;

  private static final List<String> OPERATIONS = List.of("get", "post", "put", "patch", "delete");

  /** Refused before any resource acts on them, so they are safe to send with the admin token. */
  private static final List<String> REFUSED_BODIES =
      List.of(
          "{\"a\":{\"a\":",
          "{\"a\":[1,",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"title\":\"a\\u0000b\",\"name\":\"\\u0000\",\"key\":\"\\u0000\"}",
          "[" + "1,".repeat(3 * 1024 * 1024) + "1]");

  /** Wrong but well-formed: sent without a token, and to the public operations. */
  private static final List<String> WRONG_BODIES =
      List.of(
          "{\"title\":1,\"min_players\":\"x\",\"events\":\"y\",\"vote\":[],"
              + "\"enabled\":\"yes\",\"game_id\":{},\"url\":false,\"key\":7}",
          "\"hello\"",
          "{\"key\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");

  /**
   * Takes no input to be hostile with, and answers the whole database (whose delivery log names
   * receivers' exceptions) in as long as it takes to read: BackupRestoreIT covers it.
   */
  private static final String BACKUP = "/api/admin/backup";

  private static final List<String> PATH_VALUES =
      List.of("1", "0", "-1", "abc", "99999999999999999999", "%00", "1%00");

  @Test
  void everyOperationAnswersHostileInputWithA4xxInTime() {
    List<String> failures = new ArrayList<>();
    JsonObject paths = object(send(get("/openapi?format=JSON"))).getJsonObject("paths");
    paths.forEach(
        (template, operations) ->
            operations.asJsonObject().entrySet().stream()
                .filter(entry -> OPERATIONS.contains(entry.getKey()))
                .forEach(
                    entry ->
                        probe(
                            entry.getKey().toUpperCase(),
                            template,
                            entry.getValue().asJsonObject().containsKey("requestBody"),
                            failures)));

    assertThat(probes).as("requests sent").isGreaterThan(500);
    assertThat(failures).isEmpty();
    assertThat(send(get("/health/ready").timeout(ANSWER_WITHIN)).statusCode()).isEqualTo(200);
  }

  @Test
  void theLiveSocketAnswersMalformedFramesAndStaysUsable() {
    try (LiveTestClient live = LiveTestClient.connect(BASE_URL)) {
      for (String frame :
          List.of(
              "{\"type\":",
              "[1,",
              "[".repeat(3000),
              "{\"type\":\"auth\",\"token\":\"a\\u0000b\"}",
              "{\"type\":7}",
              "null",
              "\"text\"",
              "{\"type\":\"subscribe\",\"sessionId\":{}}")) {
        live.send(frame);
        assertThat(live.next().getString("type")).as(frame).isIn("error", "auth_error");
      }
      assertThat(live.drainUntilPong()).isEmpty();
    }
  }

  /**
   * Reads are probed as the admin; writes as the admin only with bodies refused before any action,
   * and without a token with every body (so the probe changes no data other tests rely on).
   */
  private void probe(String method, String template, boolean takesBody, List<String> failures) {
    if (method.equals("GET") && template.equals(BACKUP)) {
      return;
    }
    for (String pathValue : PATH_VALUES) {
      String path = template.replaceAll("\\{[^}]+}", pathValue);
      if (method.equals("GET")) {
        check(method, path + "?q=%00&limit=-1&session_id=x&format=%00", null, true, failures);
      } else if (!takesBody) {
        check(method, path, null, false, failures);
      } else {
        REFUSED_BODIES.forEach(body -> check(method, path, body, true, failures));
        REFUSED_BODIES.forEach(body -> check(method, path, body, false, failures));
        WRONG_BODIES.forEach(body -> check(method, path, body, false, failures));
      }
    }
  }

  private void check(
      String method, String path, String body, boolean admin, List<String> failures) {
    HttpRequest.Builder request =
        request(path)
            .timeout(ANSWER_WITHIN)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (admin) {
      asAdmin(request);
    }
    probes++;
    String what = method + " " + path + (admin ? " (admin)" : "") + " " + describe(body);
    try {
      HttpResponse<String> answer = send(request);
      if (answer.statusCode() >= 500
          || answer.body().contains("Exception")
          || answer.body().contains("\tat ")) {
        failures.add(what + " -> " + answer.statusCode() + " " + abbreviate(answer.body()));
      }
    } catch (RuntimeException e) {
      failures.add(what + " -> no answer within " + ANSWER_WITHIN + ": " + e);
    }
  }

  private static String describe(String body) {
    return body == null ? "" : "body " + abbreviate(body);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "...";
  }
}
