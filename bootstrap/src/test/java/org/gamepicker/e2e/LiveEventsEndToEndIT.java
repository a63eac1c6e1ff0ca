package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The live WebSocket {@code /api/sessions/live} with a real client: the seed protocol, every field
 * of every event, errors, resume after missed events, and many clients with a stuck one.
 */
@RunAsClient
class LiveEventsEndToEndIT extends SessionEndToEndTest {

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }

  @Test
  void mistakesAreAnsweredWithErrorsAndTheConnectionStaysUsable() {
    try (LiveTestClient client = LiveTestClient.connect(BASE_URL)) {
      client.send("{\"type\":\"ping\"}");
      assertThat(client.expect("pong").keySet()).containsExactly("type");
      client.send("{not json");
      assertThat(client.expect("error").getString("message")).isNotBlank();
      client.send("{\"type\":\"dance\"}");
      assertThat(client.expect("error").getString("message")).contains("dance");
      client.send("{\"type\":\"subscribe\",\"sessionId\":1}");
      assertThat(client.expect("error").getString("message")).contains("auth");
      client.send("{\"type\":\"unsubscribe\",\"sessionId\":1}");
      client.expect("error");
      client.send("{\"type\":\"auth\",\"token\":\"not-a-jwt\"}");
      assertThat(client.expect("auth_error").getString("message")).isNotBlank();
      client.send("{\"type\":\"auth\"}");
      client.expect("auth_error");

      client.send("{\"type\":\"auth\",\"token\":\"" + token() + "\"}");
      assertThat(client.expect("auth_success").keySet()).containsExactly("type");
      client.send("{\"type\":\"subscribe\",\"sessionId\":987654321}");
      assertThat(client.expect("error").getString("message")).contains("987654321");
      client.send("{\"type\":\"subscribe\"}");
      client.expect("error");
      client.send("{\"type\":\"unsubscribe\",\"sessionId\":5}");
      JsonObject unsubscribed = client.expect("unsubscribed");
      assertThat(unsubscribed.getJsonNumber("sessionId").longValue()).isEqualTo(5);
      client.send("{\"type\":\"ping\"}");
      client.expect("pong");
    }
  }

  @Test
  void aGameNightReachesBotsInTheSeedShapes() {
    try (LiveTestClient subscriber = LiveTestClient.authenticated(BASE_URL, token());
        LiveTestClient bystander = LiveTestClient.authenticated(BASE_URL, token())) {
      JsonObject session = startFreshSession("Friday Game Night");
      long sessionId = id(session);

      for (LiveTestClient client : List.of(subscriber, bystander)) {
        JsonObject started = client.awaitEvent("session.started", sessionId);
        assertThat(started.keySet()).containsExactly("type", "timestamp", "data", "id");
        assertThat(started.getString("timestamp")).matches(TIMESTAMP);
        JsonObject data = started.getJsonObject("data");
        assertThat(data.keySet()).containsExactly("session");
        JsonObject s = data.getJsonObject("session");
        assertThat(s.keySet()).containsExactlyInAnyOrder("id", "is_active", "created_at", "notes");
        assertThat(id(s)).isEqualTo(sessionId);
        assertThat(s.getInt("is_active")).isEqualTo(1);
        assertThat(s.getString("created_at")).isEqualTo(session.getString("created_at"));
        assertThat(s.getString("notes")).isEqualTo("Friday Game Night");
      }
      subscriber.subscribe(sessionId);

      JsonObject game = catalogGame(2);
      JsonObject added = addGame(sessionId, id(game), "abcd");
      JsonObject gameAdded = subscriber.expect("game.added");
      assertThat(gameAdded.keySet()).containsExactly("type", "timestamp", "data", "id");
      assertThat(gameAdded.getString("timestamp")).isEqualTo(added.getString("played_at"));
      JsonObject addedSession = gameAdded.getJsonObject("data").getJsonObject("session");
      assertThat(addedSession.keySet())
          .containsExactlyInAnyOrder("id", "is_active", "games_played");
      assertThat(id(addedSession)).isEqualTo(sessionId);
      assertThat(addedSession.getInt("is_active")).isEqualTo(1);
      assertThat(addedSession.getInt("games_played")).isEqualTo(1);
      JsonObject addedGame = gameAdded.getJsonObject("data").getJsonObject("game");
      assertThat(addedGame.keySet())
          .containsExactlyInAnyOrder(
              "id",
              "session_game_id",
              "title",
              "pack_name",
              "min_players",
              "max_players",
              "manually_added",
              "room_code");
      assertThat(id(addedGame)).isEqualTo(id(game));
      assertThat(addedGame.getJsonNumber("session_game_id").longValue()).isEqualTo(id(added));
      assertThat(addedGame.getString("title")).isEqualTo(game.getString("title"));
      assertThat(addedGame.getString("pack_name")).isEqualTo(game.getString("pack_name"));
      assertThat(addedGame.getInt("min_players")).isEqualTo(game.getInt("min_players"));
      assertThat(addedGame.getInt("max_players")).isEqualTo(game.getInt("max_players"));
      assertThat(addedGame.getBoolean("manually_added")).isFalse();
      assertThat(addedGame.getString("room_code")).isEqualTo("ABCD");

      addGame(sessionId, id(catalogGame(3)), null);
      JsonObject secondAdded = subscriber.expect("game.added");
      assertThat(secondAdded.getJsonObject("data").getJsonObject("game").get("room_code"))
          .isEqualTo(JsonValue.NULL);
      assertThat(id(secondAdded)).isGreaterThan(id(gameAdded));

      JsonObject closed = closeSession(sessionId);
      JsonObject ended = subscriber.expect("session.ended");
      assertThat(ended.keySet()).containsExactly("type", "timestamp", "data", "id");
      assertThat(ended.getString("timestamp")).isEqualTo(closed.getString("closed_at"));
      JsonObject endedSession = ended.getJsonObject("data").getJsonObject("session");
      assertThat(endedSession.keySet())
          .containsExactlyInAnyOrder("id", "is_active", "games_played");
      assertThat(id(endedSession)).isEqualTo(sessionId);
      assertThat(endedSession.getInt("is_active")).isZero();
      assertThat(endedSession.getInt("games_played")).isEqualTo(2);
      assertThat(id(ended)).isGreaterThan(id(secondAdded));

      assertThat(subscriber.drainUntilPong()).isEmpty();
      assertThat(bystander.drainUntilPong()).isEmpty();
    }
  }

  @Test
  void aNewRoomCodeReachesTheBotsThatAskForItAndNoOther() {
    JsonObject session = startFreshSession("New rooms");
    long sessionId = id(session);
    long playId = id(addGame(sessionId, id(catalogGame(2)), "ABCD"));
    try (LiveTestClient asking = LiveTestClient.authenticated(BASE_URL, token());
        LiveTestClient seedBot = LiveTestClient.authenticated(BASE_URL, token())) {
      asking.send(
          "{\"type\":\"subscribe\",\"sessionId\":"
              + sessionId
              + ",\"events\":[\"game.room_code_changed\"]}");
      asking.expect("subscribed");
      seedBot.subscribe(sessionId); // a bot that asks for nothing: the seeds' four events only

      String roomCode = "/api/sessions/" + sessionId + "/games/" + playId + "/room-code";
      assertThat(admin(withJson("PATCH", roomCode, "{\"room_code\":\"wxyz\"}")).statusCode())
          .isEqualTo(200);
      JsonObject changed = asking.expect("game.room_code_changed");
      assertThat(changed.keySet()).containsExactly("type", "timestamp", "data", "id");
      JsonObject data = changed.getJsonObject("data");
      assertThat(id(data.getJsonObject("session"))).isEqualTo(sessionId);
      JsonObject game = data.getJsonObject("game");
      assertThat(game.keySet()).containsExactlyInAnyOrder("id", "session_game_id", "room_code");
      assertThat(game.getJsonNumber("session_game_id").longValue()).isEqualTo(playId);
      assertThat(game.getString("room_code")).isEqualTo("WXYZ");

      admin(withJson("PATCH", roomCode, "{\"room_code\":\"WXYZ\"}"));
      admin(withJson("PATCH", roomCode, "{\"room_code\":null}"));
      JsonObject cleared = asking.expect("game.room_code_changed");
      assertThat(cleared.getJsonObject("data").getJsonObject("game").get("room_code"))
          .as("the same code again is no change; a cleared code is null")
          .isEqualTo(JsonValue.NULL);

      closeSession(sessionId);
      for (LiveTestClient client : List.of(asking, seedBot)) {
        JsonObject ended = client.expect("session.ended");
        assertThat(id(ended.getJsonObject("data").getJsonObject("session"))).isEqualTo(sessionId);
        assertThat(client.drainUntilPong()).isEmpty();
      }
    }
  }

  @Test
  void resumeDeliversExactlyTheMissedEventsThenLiveOnes() {
    long first = id(startFreshSession("before the outage"));
    long lastSeen;
    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, token())) {
      bot.subscribe(first);
      addGame(first, id(catalogGame(5)), null);
      lastSeen = id(bot.expect("game.added"));
    }

    addGame(first, id(catalogGame(6)), null);
    closeSession(first);
    long second = id(startFreshSession("during the outage"));
    addGame(second, id(catalogGame(7)), null);

    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, token())) {
      bot.send(
          "{\"type\":\"resume\",\"lastEventId\":" + lastSeen + ",\"sessionIds\":[" + first + "]}");
      List<JsonObject> missed = new ArrayList<>();
      for (JsonObject m = bot.next(); !m.getString("type").equals("resumed"); m = bot.next()) {
        missed.add(m);
      }
      // Every event after lastSeen that this bot may see, in order; closing `first` may be
      // followed by other tests' events only if they ran in between, which they do not.
      assertThat(missed)
          .extracting(m -> m.getString("type"))
          .containsExactly("game.added", "session.ended", "session.started");
      assertThat(missed)
          .extracting(
              m -> m.getJsonObject("data").getJsonObject("session").getJsonNumber("id").longValue())
          .containsExactly(first, first, second);
      assertThat(missed)
          .extracting(LiveEventsEndToEndIT::id)
          .isSorted()
          .allMatch(i -> i > lastSeen);
      assertThat(missed.get(2).getJsonObject("data").getJsonObject("session").getString("notes"))
          .isEqualTo("during the outage");

      closeSession(second);
      long third = id(startFreshSession("after the outage"));
      JsonObject live = bot.expect("session.started");
      assertThat(id(live.getJsonObject("data").getJsonObject("session"))).isEqualTo(third);
      assertThat(id(live)).isGreaterThan(id(missed.get(2)));
      assertThat(bot.drainUntilPong()).isEmpty();
    }
  }

  @Test
  void twoHundredSubscribersGetTheEventWhileAStuckClientHoldsNobody() throws Exception {
    long sessionId = id(startFreshSession("crowd"));
    String token = token();
    List<LiveTestClient> clients =
        IntStream.range(0, 200)
            .parallel()
            .mapToObj(i -> LiveTestClient.authenticated(BASE_URL, token))
            .toList();
    LiveTestClient stuck = LiveTestClient.authenticated(BASE_URL, token);
    try {
      stuck.subscribe(sessionId);
      stuck.stopReading();
      clients.parallelStream().forEach(c -> c.subscribe(sessionId));
      long gameId = id(catalogGame(8));

      long started = System.nanoTime();
      JsonObject added = addGame(sessionId, gameId, null);
      List<CompletableFuture<JsonObject>> received =
          clients.stream()
              .map(c -> CompletableFuture.supplyAsync(() -> c.expect("game.added")))
              .toList();
      CompletableFuture.allOf(received.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      Set<Long> sessionGameIds =
          received.stream()
              .map(f -> f.join().getJsonObject("data").getJsonObject("game"))
              .map(g -> g.getJsonNumber("session_game_id").longValue())
              .collect(java.util.stream.Collectors.toSet());
      assertThat(sessionGameIds).containsExactly(id(added));
      assertThat(took).isLessThan(Duration.ofSeconds(10));
    } finally {
      clients.parallelStream().forEach(LiveTestClient::close);
      stuck.close();
    }
  }
}
