package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A crash loses nothing the server confirmed: bursts of live votes, plays added to the session and
 * catalog games are written from three threads, the server is killed with SIGKILL as soon as a
 * burst's last write is answered, and after each restart every write answered 2xx is stored, with
 * its event in the log a resuming bot replays. Small bursts land right after a start, larger ones
 * well into a run. Runs its own H2 server, as a host would.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class CrashDurabilityIT {

  /** Confirmed writes per burst, one burst (then a kill) per restart. */
  private static final int[] BURSTS = {6, 10, 40, 8};

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void everyConfirmedWriteAndItsEventSurviveKillsRightAfterIt() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer server = StandaloneServer.prepare("crash", port)) {
      server.start();
      String token = server.adminToken();
      long sessionId = server.created(token, "/api/sessions", "{\"notes\":\"crash test\"}");
      server.created(token, "/api/sessions/" + sessionId + "/games", "{\"game_id\":1}");
      Confirmed confirmed = new Confirmed();

      for (int cycle = 0; cycle < BURSTS.length; cycle++) {
        ExecutorService writers =
            burst(server, token, sessionId, "c" + cycle + "-", BURSTS[cycle], confirmed);
        server.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        long restart = System.nanoTime();
        server.start();
        System.out.printf(
            "CrashDurabilityIT: burst %d (%d writes) killed; restarted in %d ms%n",
            cycle, BURSTS[cycle], (System.nanoTime() - restart) / 1_000_000);
        token = server.adminToken();
        String after = "after the kill that ended burst " + cycle;

        assertThat(storedVoters(server, sessionId)).as(after).containsAll(confirmed.votes.keySet());
        assertThat(storedPlays(server, sessionId)).as(after).containsAll(confirmed.plays);
        assertThat(catalogIds(server)).as(after).containsAll(confirmed.games);
        EventLog log = replayedEventLog(server, token, sessionId);
        assertThat(log.voters).as(after + ": vote.received").containsAll(confirmed.votes.keySet());
        assertThat(log.plays).as(after + ": game.added").containsAll(confirmed.plays);
        assertThat(log.games).as(after + ": catalog.game_created").containsAll(confirmed.games);
      }
      assertThat(voteId(server, token, "after-the-last-restart").orElseThrow())
          .as("a vote id is never handed out twice")
          .isGreaterThan(
              confirmed.votes.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }
  }

  /** The writes the server answered 2xx, by what a later read finds them by. */
  private static final class Confirmed {
    final Map<String, Long> votes = new ConcurrentHashMap<>();
    final Set<Long> plays = ConcurrentHashMap.newKeySet();
    final Set<Long> games = ConcurrentHashMap.newKeySet();
  }

  /**
   * Writes from three threads (two voters; one that adds a catalog game, then starts it in the
   * session) and returns as soon as {@code size} writes of this burst are confirmed, with the
   * writers still running: the caller kills the server while their next requests are in flight.
   */
  private static ExecutorService burst(
      StandaloneServer server,
      String token,
      long sessionId,
      String prefix,
      int size,
      Confirmed confirmed)
      throws InterruptedException {
    CountDownLatch answered = new CountDownLatch(size);
    ExecutorService writers = Executors.newFixedThreadPool(3);
    for (int voter = 0; voter < 2; voter++) {
      String voterPrefix = prefix + "voter" + voter + "-";
      writers.submit(
          () -> {
            for (int i = 0; answered.getCount() > 0; i++) {
              String username = voterPrefix + i;
              Optional<Long> id = voteId(server, token, username);
              if (id.isPresent()) {
                confirmed.votes.put(username, id.get());
                answered.countDown();
              }
            }
            return null;
          });
    }
    writers.submit(
        () -> {
          for (int i = 0; answered.getCount() > 0; i++) {
            Optional<JsonObject> game =
                created(
                    server,
                    token,
                    "/api/games",
                    "{\"pack_name\":\"Crash Pack\",\"title\":\""
                        + prefix
                        + "game"
                        + i
                        + "\",\"min_players\":2,\"max_players\":8}");
            if (game.isPresent()) {
              long gameId = game.get().getJsonNumber("id").longValue();
              confirmed.games.add(gameId);
              answered.countDown();
              Optional<JsonObject> play =
                  created(
                      server,
                      token,
                      "/api/sessions/" + sessionId + "/games",
                      "{\"game_id\":" + gameId + "}");
              if (play.isPresent()) {
                confirmed.plays.add(play.get().getJsonNumber("id").longValue());
                answered.countDown();
              }
            }
          }
          return null;
        });
    answered.await();
    return writers;
  }

  /** The id of the vote, when the server answers 200. */
  private static Optional<Long> voteId(StandaloneServer server, String token, String username)
      throws IOException, InterruptedException {
    return answer(
            server
                .authorized(token, "/api/votes/live")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"vote\":\"up\"}"))
                .build(),
            200)
        .map(vote -> vote.getJsonObject("vote").getJsonNumber("id").longValue());
  }

  /** The created resource, when the server answers 201. */
  private static Optional<JsonObject> created(
      StandaloneServer server, String token, String path, String body)
      throws IOException, InterruptedException {
    return answer(
        server.authorized(token, path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        201);
  }

  /** The JSON body when the answer has the expected status; empty for any other answer. */
  private static Optional<JsonObject> answer(HttpRequest request, int expectedStatus)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() == expectedStatus
        ? Optional.of(parse(answer.body()))
        : Optional.empty();
  }

  private static Set<String> storedVoters(StandaloneServer server, long sessionId)
      throws IOException, InterruptedException {
    Set<String> usernames = new HashSet<>();
    for (int offset = 0; ; offset += 500) {
      JsonObject page =
          get(server, "/api/votes?limit=500&session_id=" + sessionId + "&offset=" + offset)
              .asJsonObject();
      page.getJsonArray("votes")
          .forEach(vote -> usernames.add(vote.asJsonObject().getString("username")));
      if (offset + 500 >= page.getInt("total")) {
        return usernames;
      }
    }
  }

  private static Set<Long> storedPlays(StandaloneServer server, long sessionId)
      throws IOException, InterruptedException {
    Set<Long> plays = new HashSet<>();
    get(server, "/api/sessions/" + sessionId)
        .asJsonObject()
        .getJsonArray("games")
        .forEach(play -> plays.add(play.asJsonObject().getJsonNumber("id").longValue()));
    return plays;
  }

  private static Set<Long> catalogIds(StandaloneServer server)
      throws IOException, InterruptedException {
    Set<Long> ids = new HashSet<>();
    get(server, "/api/games")
        .asJsonArray()
        .forEach(game -> ids.add(game.asJsonObject().getJsonNumber("id").longValue()));
    return ids;
  }

  private static JsonValue get(StandaloneServer server, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as("GET " + path + ": " + answer.body()).isEqualTo(200);
    return Json.createReader(new StringReader(answer.body())).readValue();
  }

  /** What a bot resuming from the start of the log is sent, by what the test confirmed. */
  private record EventLog(Set<String> voters, Set<Long> plays, Set<Long> games) {}

  private static EventLog replayedEventLog(StandaloneServer server, String token, long sessionId) {
    EventLog log = new EventLog(new HashSet<>(), new HashSet<>(), new HashSet<>());
    try (LiveTestClient live = LiveTestClient.authenticated(server.baseUrl(), token)) {
      live.send(
          "{\"type\":\"resume\",\"lastEventId\":0,\"sessionIds\":["
              + sessionId
              + "],\"events\":[\"catalog.game_created\"]}");
      for (JsonObject message = live.next();
          !"resumed".equals(message.getString("type"));
          message = live.next()) {
        JsonObject data = message.getJsonObject("data");
        switch (message.getString("type")) {
          case "vote.received" -> log.voters.add(data.getJsonObject("vote").getString("username"));
          case "game.added" ->
              log.plays.add(
                  data.getJsonObject("game").getJsonNumber("session_game_id").longValue());
          case "catalog.game_created" ->
              log.games.add(data.getJsonObject("game").getJsonNumber("id").longValue());
          default -> {
            // session.started and the other types say nothing about this test's writes
          }
        }
      }
    }
    return log;
  }

  private static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
