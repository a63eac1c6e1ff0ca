package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over HTTP as a host and an integrator see them: management and validation, signed test
 * deliveries, retries of live events to a real receiver on loopback, 410 Gone and redelivery.
 */
@RunAsClient
class WebhooksEndToEndIT extends SessionEndToEndTest {

  private static final WebhookReceiver RECEIVER = new WebhookReceiver();
  private static final String SECRET = "an-integrators-secret";

  private final List<Long> created = new ArrayList<>();

  @AfterEach
  void deleteTheWebhooksOfTheTest() {
    created.forEach(id -> send(asAdmin(request("/api/webhooks/" + id).DELETE())));
  }

  @AfterAll
  static void stopTheReceiver() {
    RECEIVER.close();
  }

  private JsonObject createWebhook(String body) {
    HttpResponse<String> response = send(asAdmin(post("/api/webhooks", body)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject webhook = object(response);
    created.add(webhook.getJsonNumber("id").longValue());
    return webhook;
  }

  private JsonObject webhookFor(String path, String events) {
    return createWebhook(
        "{\"name\":\"receiver "
            + path
            + "\",\"url\":\""
            + RECEIVER.url(path)
            + "\",\"secret\":\""
            + SECRET
            + "\",\"events\":"
            + events
            + "}");
  }

  /**
   * The next test delivery on the path, passing over live {@code session.ended} deliveries: an
   * earlier test's night may end while this webhook exists, and those go to it as well.
   */
  private static WebhookReceiver.Received nextTestDelivery(String path) {
    WebhookReceiver.Received request = RECEIVER.next(path);
    while (!"webhook.test".equals(request.header("X-Webhook-Event"))) {
      request = RECEIVER.next(path);
    }
    return request;
  }

  private static void assertBadRequestNaming(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
  }

  @Test
  void theHostRegistersListsChangesAndDeletesWebhooks() {
    JsonObject webhook =
        createWebhook(
            "{\"name\":\"Discord bot\",\"url\":\"https://example.com/hooks\","
                + "\"events\":[\"session.started\",\"game.added\"]}");
    long id = webhook.getJsonNumber("id").longValue();
    assertThat(webhook.getString("secret")).matches("[0-9a-f]{64}");
    assertThat(webhook.getBoolean("enabled")).isTrue();
    assertThat(webhook.getString("created_at")).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z");

    HttpResponse<String> fetched = send(asAdmin(get("/api/webhooks/" + id)));
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(object(fetched).getString("name")).isEqualTo("Discord bot");
    assertThat(object(fetched).containsKey("secret")).isFalse();
    assertThat(json(send(asAdmin(get("/api/webhooks")))).asJsonArray())
        .anySatisfy(
            w -> assertThat(w.asJsonObject().getJsonNumber("id").longValue()).isEqualTo(id));

    HttpResponse<String> patched =
        send(
            asAdmin(
                withJson(
                    "PATCH",
                    "/api/webhooks/" + id,
                    "{\"enabled\":false,\"events\":[\"session.ended\"]}")));
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(object(patched).getBoolean("enabled")).isFalse();
    assertThat(object(patched).getJsonArray("events").getString(0)).isEqualTo("session.ended");
    assertThat(object(patched).getString("name")).isEqualTo("Discord bot");
    assertThat(object(patched).containsKey("secret")).isFalse();

    HttpResponse<String> deleted = send(asAdmin(request("/api/webhooks/" + id).DELETE()));
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(send(asAdmin(get("/api/webhooks/" + id))).statusCode()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    String events = "\"events\":[\"session.started\"]";
    assertBadRequestNaming(
        send(
            asAdmin(
                post(
                    "/api/webhooks",
                    "{\"name\":\"x\",\"url\":\"ftp://example.com\"," + events + "}"))),
        "url");
    assertBadRequestNaming(
        send(
            asAdmin(
                post(
                    "/api/webhooks",
                    "{\"name\":\"x\",\"url\":\"https://user:pw@example.com/h\"," + events + "}"))),
        "url");
    assertBadRequestNaming(
        send(asAdmin(post("/api/webhooks", "{\"url\":\"https://example.com/h\"," + events + "}"))),
        "name");
    HttpResponse<String> unknownType =
        send(
            asAdmin(
                post(
                    "/api/webhooks",
                    "{\"name\":\"x\",\"url\":\"https://example.com/h\",\"events\":[\"nope\"]}")));
    assertBadRequestNaming(unknownType, "events");
    assertThat(object(unknownType).getString("detail"))
        .isEqualTo(
            "Unknown event type 'nope'; known types: session.started, game.added, vote.received,"
                + " session.ended, game.status_changed, game.removed, game.room_code_changed, session.deleted,"
                + " poll.started, poll.tally, poll.ended, catalog.game_created, catalog.game_updated, catalog.game_deleted");
    assertBadRequestNaming(
        send(
            asAdmin(
                post(
                    "/api/webhooks",
                    "{\"name\":\"x\",\"url\":\"https://example.com/h\","
                        + "\"events\":[\"webhook.test\"]}"))),
        "events");
    assertBadRequestNaming(
        send(asAdmin(post("/api/webhooks", "{\"name\":\"x\",\"url\":\"https://example.com/h\"}"))),
        "events");
    JsonObject webhook = webhookFor("/unused", "[\"session.started\"]");
    assertBadRequestNaming(
        send(
            asAdmin(
                withJson(
                    "PATCH",
                    "/api/webhooks/" + webhook.getJsonNumber("id"),
                    "{\"url\":\"not a url\"}"))),
        "url");
    assertThat(send(get("/api/webhooks")).statusCode()).isEqualTo(401);
    assertThat(send(post("/api/webhooks", "{}")).statusCode()).isEqualTo(401);
  }

  @Test
  void theTestEndpointDeliversASignedTestEventThatVerifiesWithTheSecret() {
    JsonObject webhook = webhookFor("/signed", "[\"session.ended\"]");
    long id = webhook.getJsonNumber("id").longValue();

    HttpResponse<String> response = send(asAdmin(post("/api/webhooks/test/" + id, "")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject result = object(response);
    assertThat(result.getString("outcome")).isEqualTo("success");
    assertThat(result.getInt("response_status")).isEqualTo(204);
    assertThat(result.getString("event_type")).isEqualTo("webhook.test");
    WebhookReceiver.Received request = nextTestDelivery("/signed");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.header("X-Webhook-Event")).isEqualTo("webhook.test");
    assertThat(request.header("webhook-id")).isEqualTo(result.getString("webhook_id"));
    assertThat(Long.parseLong(request.header("webhook-timestamp")))
        .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
    WebhookSignatures.assertSignedWith(SECRET, request);
    assertThat(object(request.body()).getString("type")).isEqualTo("webhook.test");
    JsonObject logged =
        json(send(asAdmin(get("/api/webhooks/" + id + "/logs"))))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(entry -> entry.getString("webhook_id").equals(result.getString("webhook_id")))
            .findFirst()
            .orElseThrow();
    assertThat(logged.getString("event_type")).isEqualTo("webhook.test");
    assertThat(logged.isNull("event_id")).isTrue();
  }

  @Test
  void anyoneListsTheEventTypesAWebhookMaySubscribeTo() {
    HttpResponse<String> response = send(get("/api/event-types"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonArray types = json(response).asJsonArray();
    assertThat(types.getValuesAs(JsonObject.class))
        .extracting(type -> type.getString("name"))
        .containsExactly(
            "session.started",
            "game.added",
            "vote.received",
            "session.ended",
            "game.status_changed",
            "game.removed",
            "game.room_code_changed",
            "session.deleted",
            "poll.started",
            "poll.tally",
            "poll.ended",
            "catalog.game_created",
            "catalog.game_updated",
            "catalog.game_deleted");
    assertThat(types.getValuesAs(JsonObject.class))
        .allSatisfy(type -> assertThat(type.getString("description")).endsWith("."));
    String everyType =
        types.getValuesAs(JsonObject.class).stream()
            .map(type -> "\"" + type.getString("name") + "\"")
            .collect(Collectors.joining(",", "[", "]"));
    assertThat(webhookFor("/every-type", everyType).getJsonArray("events")).hasSize(types.size());
  }

  @Test
  void aGameNightsEventsReachTheirSubscribersAndAFailingReceiverIsRetried() {
    webhookFor("/slow", "[\"session.started\"]");
    RECEIVER.answerSlowly("/slow", 8_000);
    JsonObject webhook = webhookFor("/flaky", "[\"session.started\"]");
    long id = webhook.getJsonNumber("id").longValue();
    RECEIVER.answer("/flaky", 500, 503);
    webhookFor("/other-types", "[\"vote.received\"]");
    webhookFor("/night", "[\"session.started\",\"game.added\",\"session.ended\"]");
    JsonObject disabled = webhookFor("/disabled", "[\"session.started\"]");
    send(
        asAdmin(
            withJson(
                "PATCH", "/api/webhooks/" + disabled.getJsonNumber("id"), "{\"enabled\":false}")));

    long sessionId = startFreshSession("webhook test night").getJsonNumber("id").longValue();
    long started = System.currentTimeMillis();

    List<WebhookReceiver.Received> attempts =
        List.of(RECEIVER.next("/flaky"), RECEIVER.next("/flaky"), RECEIVER.next("/flaky"));
    assertThat(System.currentTimeMillis() - started)
        .as("the slow receiver (8 s) does not hold up the others' retries")
        .isLessThan(6_000);
    assertThat(RECEIVER.next("/slow").header("X-Webhook-Event")).isEqualTo("session.started");
    assertThat(attempts)
        .extracting(r -> r.header("webhook-id"))
        .containsOnly(attempts.get(0).header("webhook-id"));
    assertThat(attempts.get(0).header("webhook-id")).startsWith("evt_");
    assertThat(attempts)
        .extracting(WebhookReceiver.Received::body)
        .containsOnly(attempts.get(0).body());
    JsonObject envelope = object(attempts.get(2).body());
    assertThat(envelope.getString("type")).isEqualTo("session.started");
    assertThat(attempts.get(2).header("X-Webhook-Event")).isEqualTo("session.started");
    assertThat(
            envelope.getJsonObject("data").getJsonObject("session").getJsonNumber("id").longValue())
        .isEqualTo(sessionId);
    assertThat("evt_" + envelope.getJsonNumber("id"))
        .isEqualTo(attempts.get(0).header("webhook-id"));
    WebhookSignatures.assertSignedWith(SECRET, attempts.get(2));

    JsonArray log = logOf(id, 3);
    assertThat(log).hasSize(3);
    assertThat(log).extracting(e -> e.asJsonObject().getInt("attempt")).containsExactly(3, 2, 1);
    assertThat(log)
        .extracting(e -> e.asJsonObject().getString("outcome"))
        .containsExactly("success", "failure", "failure");
    assertThat(log)
        .extracting(e -> e.asJsonObject().getInt("response_status"))
        .containsExactly(204, 503, 500);
    assertThat(log.getJsonObject(0).isNull("next_attempt_at")).isTrue();
    assertThat(log.getJsonObject(2).getString("next_attempt_at")).isNotBlank();
    assertThat(log.getJsonObject(2).getString("event_type")).isEqualTo("session.started");

    long deliveryId = log.getJsonObject(0).getJsonNumber("delivery_id").longValue();
    HttpResponse<String> redelivered =
        send(asAdmin(post("/api/webhooks/" + id + "/logs/" + deliveryId + "/redeliver", "")));
    assertThat(redelivered.statusCode()).as(redelivered.body()).isEqualTo(200);
    WebhookReceiver.Received again = RECEIVER.next("/flaky");
    assertThat(again.header("webhook-id"))
        .isEqualTo(object(redelivered).getString("webhook_id"))
        .isNotEqualTo(attempts.get(0).header("webhook-id"));
    assertThat(object(again.body()).getJsonObject("data"))
        .isEqualTo(envelope.getJsonObject("data"));

    assertThat(RECEIVER.drain("/other-types")).isEmpty();
    assertThat(RECEIVER.drain("/disabled")).isEmpty();

    addGame(sessionId, catalogGame(0).getJsonNumber("id").longValue(), null);
    closeSession(sessionId);
    List<WebhookReceiver.Received> night =
        List.of(RECEIVER.next("/night"), RECEIVER.next("/night"), RECEIVER.next("/night"));
    assertThat(night)
        .extracting(r -> r.header("X-Webhook-Event"))
        .containsExactlyInAnyOrder("session.started", "game.added", "session.ended");
    assertThat(night)
        .allSatisfy(
            r -> {
              WebhookSignatures.assertSignedWith(SECRET, r);
              assertThat(object(r.body()).getString("type")).isEqualTo(r.header("X-Webhook-Event"));
            });
  }

  @Test
  void catalogChangesReachAWebhookSubscribedToThem() {
    webhookFor(
        "/catalog", "[\"catalog.game_created\",\"catalog.game_updated\",\"catalog.game_deleted\"]");
    HttpResponse<String> created =
        send(
            asAdmin(
                post(
                    "/api/games",
                    "{\"pack_name\":\"Webhook Pack\",\"title\":\"Hooked\","
                        + "\"min_players\":2,\"max_players\":6}")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long gameId = object(created).getJsonNumber("id").longValue();
    send(asAdmin(withJson("PATCH", "/api/games/" + gameId + "/toggle", "")));
    send(asAdmin(request("/api/games/" + gameId).DELETE()));

    // Only this game's events count: a game another test creates meanwhile reaches this webhook
    // too.
    List<JsonObject> deliveries = new ArrayList<>();
    for (int received = 0; deliveries.size() < 3 && received < 50; received++) {
      JsonObject delivery = object(RECEIVER.next("/catalog").body());
      if (delivery.getJsonObject("data").getJsonObject("game").getJsonNumber("id").longValue()
          == gameId) {
        deliveries.add(delivery);
      }
    }
    // sent side by side, they may arrive in any order: the log's ids order them
    deliveries.sort(java.util.Comparator.comparingLong(d -> d.getJsonNumber("id").longValue()));
    assertThat(deliveries)
        .extracting(delivery -> delivery.getString("type"))
        .containsExactly("catalog.game_created", "catalog.game_updated", "catalog.game_deleted");
    assertThat(deliveries)
        .extracting(d -> d.getJsonObject("data").getJsonObject("game").getBoolean("enabled"))
        .containsExactly(true, false, false);
    assertThat(deliveries.get(0).getJsonObject("data").getJsonObject("game").getString("title"))
        .isEqualTo("Hooked");
  }

  @Test
  void aReceiverAnswering410GoneDisablesTheWebhook() {
    JsonObject webhook = webhookFor("/gone", "[\"session.started\"]");
    long id = webhook.getJsonNumber("id").longValue();
    RECEIVER.answer("/gone", 410);

    JsonObject result = object(send(asAdmin(post("/api/webhooks/test/" + id, ""))));

    assertThat(result.getString("outcome")).isEqualTo("failure");
    assertThat(result.getInt("response_status")).isEqualTo(410);
    assertThat(object(send(asAdmin(get("/api/webhooks/" + id)))).getBoolean("enabled")).isFalse();
  }

  /**
   * The webhook's log once it has at least {@code entries} entries (the last one is recorded just
   * after the receiver answered).
   */
  private static JsonArray logOf(long webhookId, int entries) {
    long deadline = System.currentTimeMillis() + 10_000;
    JsonArray log;
    do {
      HttpResponse<String> response = send(asAdmin(get("/api/webhooks/" + webhookId + "/logs")));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      log = json(response).asJsonArray();
    } while (log.size() < entries && System.currentTimeMillis() < deadline);
    return log;
  }

  private static JsonObject object(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }
}
