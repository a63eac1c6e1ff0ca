package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A server's start and stop as a host, its bots and its webhook receivers see them, on a server of
 * its own: ready only once the schema, the keys and the event relay are, the log's ready line after
 * those, a bot told 1001 "Server stopping" when the server is stopped with SIGTERM, and a webhook
 * attempt that the stop cut short sent again after the restart.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class ServerLifecycleIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void theServerIsReadyOnlyWhenItsPartsAreAndTellsBotsWhenItStops() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer server = StandaloneServer.prepare("lifecycle", port)) {
      server.start();

      JsonObject ready = health(server, "/health/ready");
      assertThat(ready.getString("status")).isEqualTo("UP");
      assertThat(checks(ready))
          .containsEntry("database", "UP")
          .containsEntry("token-keys", "UP")
          .containsEntry("event-relay", "UP");
      assertThat(health(server, "/health/started").getString("status")).isEqualTo("UP");

      String log = Files.readString(server.messagesLog());
      int readyLine = log.indexOf("CWWKF0011I");
      assertThat(readyLine)
          .as("the ready line comes after the migration and the application's start")
          .isGreaterThan(log.indexOf("Database schema at version"))
          .isGreaterThan(log.indexOf("CWWKZ0001I: Application gamepicker started"));

      try (LiveTestClient bot =
          LiveTestClient.authenticated(server.baseUrl(), server.adminToken())) {
        server.stop();
        assertThat(bot.awaitClose(Duration.ofSeconds(30))).isEqualTo(1001);
        assertThat(bot.closeReason()).isEqualTo("Server stopping");
      }
    }
  }

  @Test
  void aWebhookAttemptCutShortByTheStopIsSentAgainAfterTheRestart() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (WebhookReceiver receiver = new WebhookReceiver();
        StandaloneServer server = StandaloneServer.prepare("webhook-restart", port)) {
      server.start();
      String token = server.adminToken();
      long webhookId =
          server.created(
              token,
              "/api/webhooks",
              "{\"name\":\"stalled\",\"url\":\""
                  + receiver.url("/stalled")
                  + "\",\"events\":[\"session.started\"]}");
      receiver.answerSlowly("/stalled", Duration.ofMinutes(5).toMillis());
      server.created(token, "/api/sessions", "{\"notes\":\"Cut short\"}");
      WebhookReceiver.Received cutShort = receiver.next("/stalled");
      receiver.answerSlowly("/stalled", 0);

      server.stop();
      server.start();
      // The stop ends the attempt and records it as failed, so the restart sends it again at once:
      // well before the claim's 2-minute lease would have let it go again.
      WebhookReceiver.Received retried = receiver.next("/stalled", Duration.ofSeconds(60));
      assertThat(retried.header("webhook-id"))
          .as("the same delivery, not a new one")
          .startsWith("evt_")
          .isEqualTo(cutShort.header("webhook-id"));
      JsonArray attempts = attemptsEndingInSuccess(server, webhookId);
      assertThat(attempts).as("the cut-short attempt, then the retry").hasSize(2);
      JsonObject cut = attempts.getJsonObject(1);
      assertThat(cut.getString("outcome")).as("%s", attempts).isEqualTo("failure");
      assertThat(cut.getString("error")).isEqualTo("Interrupted (server stopping)");
      assertThat(retried.body()).isEqualTo(cutShort.body());
    }
  }

  /** The attempt log once its newest attempt is a success (waiting up to 10 s for its record). */
  private static JsonArray attemptsEndingInSuccess(StandaloneServer server, long webhookId)
      throws Exception {
    JsonArray attempts = attempts(server, webhookId);
    for (int wait = 0; wait < 100 && !endsInSuccess(attempts); wait++) {
      Thread.sleep(100);
      attempts = attempts(server, webhookId);
    }
    assertThat(endsInSuccess(attempts)).as("%s", attempts).isTrue();
    return attempts;
  }

  private static boolean endsInSuccess(JsonArray attempts) {
    return !attempts.isEmpty() && "success".equals(attempts.getJsonObject(0).getString("outcome"));
  }

  /** The webhook's attempt log, newest first. */
  private static JsonArray attempts(StandaloneServer server, long webhookId) throws Exception {
    HttpResponse<String> logs =
        HTTP.send(
            server
                .authorized(server.adminToken(), "/api/webhooks/" + webhookId + "/logs")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(logs.statusCode()).as(logs.body()).isEqualTo(200);
    return Json.createReader(new StringReader(logs.body())).readArray();
  }

  private static JsonObject health(StandaloneServer server, String path) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static Map<String, String> checks(JsonObject health) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }
}
