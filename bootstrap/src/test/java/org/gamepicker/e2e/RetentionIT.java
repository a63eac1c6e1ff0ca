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
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gamepicker.contract.AsyncApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Retention on a server of its own with horizons of half a minute ({@code EVENT_RETENTION=PT30S},
 * {@code WEBHOOK_DELIVERY_RETENTION=PT30S}; 5 s was too short on a loaded machine for a new event
 * to stay until the test resumed from it): the night's old events and webhook deliveries are pruned
 * while newer ones stay, a bot resuming from a pruned event gets {@code resume_expired} and one
 * resuming from a kept position gets what followed, the metrics show the log's size and oldest
 * event, and the sessions, plays and votes stay. A bad horizon stops the start, naming the setting.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class RetentionIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final int PORT = Integer.getInteger("it.http.port", 9680) + 11;
  private static final Duration HORIZON = Duration.ofSeconds(30);

  @Test
  void oldEventsAndDeliveriesArePrunedNewerOnesAndTheNightsHistoryStay() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver();
        StandaloneServer server =
            StandaloneServer.prepare("retention", PORT)
                .withEnvironment("EVENT_RETENTION", "PT30S")
                .withEnvironment("WEBHOOK_DELIVERY_RETENTION", "PT30S")) {
      server.start();
      assertThat(Files.readString(server.messagesLog()))
          .contains("Retention: EVENT_RETENTION=PT30S, WEBHOOK_DELIVERY_RETENTION=PT30S");
      String token = server.adminToken();
      long webhookId =
          server.created(
              token,
              "/api/webhooks",
              "{\"name\":\"retention\",\"url\":\""
                  + receiver.url("/hook")
                  + "\",\"secret\":\"retention-secret-123456\",\"events\":[\"vote.received\"]}");
      long sessionId;
      long firstEventId;
      long lastOldEventId;
      try (LiveTestClient bot = LiveTestClient.authenticated(server.baseUrl(), token)) {
        sessionId = server.created(token, "/api/sessions", "{\"notes\":\"retention night\"}");
        firstEventId = awaitType(bot, "session.started").getJsonNumber("id").longValue();
        bot.subscribe(sessionId);
        server.created(token, "/api/sessions/" + sessionId + "/games", "{\"game_id\":1}");
        vote(server, token, "early-voter");
        lastOldEventId = awaitType(bot, "vote.received").getJsonNumber("id").longValue();
      }
      receiver.next("/hook");
      awaitDeliveryStatus(server, token, webhookId, "succeeded");
      Instant oldEventsAt = Instant.now();

      await(
          "the old events to be pruned",
          () -> oldestTimestamp(server).orElse(0) > oldEventsAt.getEpochSecond() || empty(server));
      await("the old delivery to be pruned", () -> logs(server, token, webhookId).isEmpty());

      vote(server, token, "late-voter");
      String scrape = metrics(server);
      assertThat(value(scrape, "gamepicker_event_log_events"))
          .as("the late vote's event alone")
          .hasValue(1.0);
      assertThat(value(scrape, "gamepicker_event_log_oldest_timestamp_seconds").orElseThrow())
          .isGreaterThan(oldEventsAt.getEpochSecond());
      assertThat(value(scrape, "gamepicker_event_log_oldest_age_seconds").orElseThrow())
          .isLessThan(HORIZON.toSeconds());
      try (LiveTestClient late = LiveTestClient.authenticated(server.baseUrl(), token)) {
        late.send(
            "{\"type\":\"resume\",\"lastEventId\":"
                + firstEventId
                + ",\"sessionIds\":["
                + sessionId
                + "]}");
        JsonObject expired = late.expect("resume_expired");
        assertThat(AsyncApiDocument.committed().violations(expired.toString())).isEmpty();
        assertThat(expired.getString("message"))
            .isEqualTo(
                "Events after "
                    + firstEventId
                    + " are no longer kept (EVENT_RETENTION): load the current state"
                    + " (GET /api/sessions/active) and subscribe afresh");
        assertThat(late.drainUntilPong())
            .as("an expired resume subscribes to nothing and replays nothing")
            .isEmpty();

        late.send(
            "{\"type\":\"resume\",\"lastEventId\":"
                + lastOldEventId
                + ",\"sessionIds\":["
                + sessionId
                + "]}");
        JsonObject replayed = late.expect("vote.received");
        assertThat(replayed.getJsonNumber("id").longValue()).isGreaterThan(lastOldEventId);
        assertThat(late.expect("resumed").getJsonNumber("lastEventId").longValue())
            .isEqualTo(replayed.getJsonNumber("id").longValue());
      }

      JsonObject session = object(get(server, "/api/sessions/" + sessionId));
      assertThat(session.getJsonNumber("id").longValue()).isEqualTo(sessionId);
      JsonArray plays = array(get(server, "/api/sessions/" + sessionId + "/games"));
      assertThat(plays).hasSize(1);
      assertThat(plays.getJsonObject(0).getInt("upvotes"))
          .as("both votes, the pruned event's too, still count")
          .isEqualTo(2);
    }
  }

  @Test
  void aBadHorizonStopsTheStartNamingTheSetting() throws Exception {
    try (StandaloneServer server =
        StandaloneServer.prepare("bad-retention", PORT).withEnvironment("EVENT_RETENTION", "30d")) {
      server.launch();
      String didNotStart = "Game Picker did not start: EVENT_RETENTION is '30d'";

      assertThat(server.awaitInLog(didNotStart, Duration.ofMinutes(5)))
          .as("the log says that Game Picker did not start, and why")
          .isTrue();
      assertThat(Files.readString(server.messagesLog()))
          .contains("it must be a positive ISO-8601 duration");
    }
  }

  private static JsonObject awaitType(LiveTestClient client, String type) {
    for (JsonObject message = client.next(); ; message = client.next()) {
      if (type.equals(message.getString("type", null))) {
        return message;
      }
    }
  }

  private static void vote(StandaloneServer server, String token, String username)
      throws Exception {
    server.post(
        token, "/api/votes/live", "{\"username\":\"" + username + "\",\"vote\":\"up\"}", 200);
  }

  private static void awaitDeliveryStatus(
      StandaloneServer server, String token, long webhookId, String status) throws Exception {
    await(
        "a " + status + " delivery",
        () ->
            logs(server, token, webhookId).stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(entry -> status.equals(entry.getString("delivery_status"))));
  }

  private static JsonArray logs(StandaloneServer server, String token, long webhookId) {
    return array(
        send(server.authorized(token, "/api/webhooks/" + webhookId + "/logs").GET().build()));
  }

  private static boolean empty(StandaloneServer server) {
    return value(metrics(server), "gamepicker_event_log_events").orElse(-1) == 0;
  }

  private static OptionalDouble oldestTimestamp(StandaloneServer server) {
    return value(metrics(server), "gamepicker_event_log_oldest_timestamp_seconds");
  }

  private static String metrics(StandaloneServer server) {
    return get(server, "/metrics?scope=application");
  }

  /** The value of an untagged metric (but for its scope) in a Prometheus scrape. */
  private static OptionalDouble value(String scrape, String name) {
    Matcher matcher =
        Pattern.compile("(?m)^" + name + "\\{mp_scope=\"application\",\\} (\\S+)$").matcher(scrape);
    return matcher.find()
        ? OptionalDouble.of(Double.parseDouble(matcher.group(1)))
        : OptionalDouble.empty();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(HORIZON.multipliedBy(4));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      Thread.sleep(250);
    }
  }

  private static String get(StandaloneServer server, String path) {
    return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build());
  }

  private static String send(HttpRequest request) {
    try {
      HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError(request.uri() + " answered " + answer.statusCode());
      }
      return answer.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonArray array(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }
}
