package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * End to end over HTTP and a real WebSocket: a bot's live votes, their totals everywhere, the chat
 * import, the vote list, the session export and the stats. Each test closes any session left active
 * (other classes share the server) and closes the sessions it opens.
 */
@RunAsClient
class VotesEndToEndIT extends EndToEndTest {

  private static String token;

  private static synchronized String token() {
    if (token == null) {
      token = adminToken();
    }
    return token;
  }

  private static HttpResponse<String> admin(HttpRequest.Builder request) {
    return send(request.header("Authorization", "Bearer " + token()));
  }

  private static void closeActiveSession() {
    HttpResponse<String> active = send(get("/api/sessions/active"));
    if (active.statusCode() == 200) {
      admin(post("/api/sessions/" + object(active).getJsonNumber("id") + "/close", ""));
    }
  }

  private static long startSession() {
    closeActiveSession();
    HttpResponse<String> created = admin(post("/api/sessions", "{\"notes\":\"votes IT\"}"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created).getJsonNumber("id").longValue();
  }

  private static JsonObject addGame(long sessionId, long gameId) {
    HttpResponse<String> added =
        admin(post("/api/sessions/" + sessionId + "/games", "{\"game_id\":" + gameId + "}"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return object(added);
  }

  private static void close(long sessionId) {
    HttpResponse<String> closed = admin(post("/api/sessions/" + sessionId + "/close", ""));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
  }

  /** Ids of enabled catalog games, distinct. */
  private static List<Long> catalogGameIds(int count) {
    return json(send(get("/api/games?enabled=true")))
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .limit(count)
        .map(g -> g.getJsonNumber("id").longValue())
        .toList();
  }

  private static JsonObject game(long gameId) {
    return object(send(get("/api/games/" + gameId)));
  }

  private static HttpResponse<String> liveVote(String username, String vote, String timestamp) {
    String time = timestamp == null ? "" : ",\"timestamp\":\"" + timestamp + "\"";
    return admin(
        post(
            "/api/votes/live",
            "{\"username\":\"" + username + "\",\"vote\":\"" + vote + "\"" + time + "}"));
  }

  private static JsonObject sessionGame(long sessionId, long sessionGameId) {
    return json(send(get("/api/sessions/" + sessionId + "/games")))
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(g -> g.getJsonNumber("id").longValue() == sessionGameId)
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject stats() {
    HttpResponse<String> stats = send(get("/api/stats"));
    assertThat(stats.statusCode()).isEqualTo(200);
    return object(stats);
  }

  @Test
  void aBotsLiveVotesAgreeOnTheGameTheSessionGameAndTheLiveEvents() throws Exception {
    long sessionId = startSession();
    long gameId = catalogGameIds(1).get(0);
    JsonObject before = game(gameId);
    long sessionGameId = addGame(sessionId, gameId).getJsonNumber("id").longValue();
    try (Socket socket = Socket.subscribed(sessionId)) {
      assertThat(liveVote("alice", "up", null).statusCode()).isEqualTo(200);
      assertThat(liveVote("bob", "up", null).statusCode()).isEqualTo(200);
      assertThat(liveVote("carol", "down", Instant.now().toString()).statusCode()).isEqualTo(200);
      HttpResponse<String> duplicate = liveVote("alice", "up", null);
      Thread.sleep(5);
      HttpResponse<String> switched = liveVote("alice", "down", null);

      assertThat(duplicate.statusCode()).isEqualTo(409);
      assertThat(object(duplicate).getString("detail")).contains("alice already voted up");
      assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
      JsonObject result = object(switched);
      assertThat(result.getString("outcome")).isEqualTo("switched");
      assertThat(result.getJsonObject("vote").getString("vote")).isEqualTo("down");
      assertThat(result.getJsonObject("vote").getJsonNumber("id").longValue()).isPositive();
      int up = before.getInt("upvotes") + 1;
      int down = before.getInt("downvotes") + 2;
      assertThat(result.getJsonObject("game").getInt("upvotes")).isEqualTo(up);
      assertThat(result.getJsonObject("game").getInt("downvotes")).isEqualTo(down);
      assertThat(result.getJsonObject("session_game").getInt("upvotes")).isEqualTo(1);
      assertThat(result.getJsonObject("session_game").getInt("downvotes")).isEqualTo(2);

      JsonObject after = game(gameId);
      assertThat(after.getInt("upvotes")).isEqualTo(up);
      assertThat(after.getInt("downvotes")).isEqualTo(down);
      assertThat(after.getInt("popularity_score")).isEqualTo(up - down);
      JsonObject played = sessionGame(sessionId, sessionGameId);
      assertThat(played.getInt("upvotes")).isEqualTo(1);
      assertThat(played.getInt("downvotes")).isEqualTo(2);

      List<JsonObject> events = socket.events("vote.received", 4);
      assertThat(events)
          .extracting(e -> e.getJsonObject("data").getJsonObject("vote").getString("username"))
          .containsExactly("alice", "bob", "carol", "alice");
      JsonObject last = events.get(3).getJsonObject("data");
      assertThat(last.getJsonObject("session").getJsonNumber("id").longValue())
          .isEqualTo(sessionId);
      assertThat(last.getJsonObject("vote").getString("type")).isEqualTo("down");
      assertThat(last.getJsonObject("vote").getString("timestamp"))
          .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
      JsonObject eventGame = last.getJsonObject("game");
      assertThat(eventGame.getJsonNumber("id").longValue()).isEqualTo(gameId);
      assertThat(eventGame.getString("title")).isEqualTo(after.getString("title"));
      assertThat(eventGame.getInt("upvotes")).isEqualTo(up);
      assertThat(eventGame.getInt("downvotes")).isEqualTo(down);
      assertThat(eventGame.getInt("popularity_score")).isEqualTo(up - down);

      JsonObject alices =
          object(send(get("/api/votes?session_id=" + sessionId + "&username=alice")));
      assertThat(alices.getInt("total")).isEqualTo(1);
      assertThat(alices.getJsonArray("votes").getJsonObject(0).getString("vote")).isEqualTo("down");
      JsonObject page = object(send(get("/api/votes?session_id=" + sessionId + "&limit=2")));
      assertThat(page.getInt("total")).isEqualTo(3);
      assertThat(page.getJsonArray("votes")).hasSize(2);
    } finally {
      close(sessionId);
    }
    HttpResponse<String> export = admin(get("/api/sessions/" + sessionId + "/export"));
    assertThat(object(export).getJsonArray("votes")).hasSize(3);
    HttpResponse<String> text = admin(get("/api/sessions/" + sessionId + "/export?format=txt"));
    assertThat(text.body()).contains("Votes: 3").contains("bob thisgame++");
  }

  @Test
  void concurrentLiveVotesKeepEveryTotalInStepWithTheStoredVotes() {
    long sessionId = startSession();
    long gameId = catalogGameIds(2).get(1);
    JsonObject before = game(gameId);
    long sessionGameId = addGame(sessionId, gameId).getJsonNumber("id").longValue();
    List<CompletableFuture<HttpResponse<String>>> votes = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String username = i < 12 ? "crowd" + i : "eager";
      String vote = i < 12 && i % 2 == 1 ? "down" : "up";
      HttpRequest request =
          post("/api/votes/live", "{\"username\":\"" + username + "\",\"vote\":\"" + vote + "\"}")
              .header("Authorization", "Bearer " + token())
              .build();
      votes.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
    try {
      List<Integer> statuses = votes.stream().map(f -> f.join().statusCode()).toList();

      assertThat(statuses.subList(0, 12)).containsOnly(200);
      assertThat(statuses.subList(12, 16)).containsExactlyInAnyOrder(200, 409, 409, 409);
      JsonObject after = game(gameId);
      assertThat(after.getInt("upvotes")).isEqualTo(before.getInt("upvotes") + 7);
      assertThat(after.getInt("downvotes")).isEqualTo(before.getInt("downvotes") + 6);
      JsonObject played = sessionGame(sessionId, sessionGameId);
      assertThat(played.getInt("upvotes")).isEqualTo(7);
      assertThat(played.getInt("downvotes")).isEqualTo(6);
      assertThat(object(send(get("/api/votes?session_id=" + sessionId))).getInt("total"))
          .isEqualTo(13);
    } finally {
      close(sessionId);
    }
  }

  @Test
  void liveVotesWithoutAnActiveSessionOrWithBadValuesAreRefused() {
    closeActiveSession();
    HttpResponse<String> none = liveVote("alice", "up", null);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(object(none).getString("detail")).contains("No session is active");

    HttpResponse<String> future = liveVote("alice", "up", Instant.now().plusSeconds(60).toString());
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(object(future).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("timestamp");
    assertThat(liveVote("alice", "sideways", null).statusCode()).isEqualTo(400);
    assertThat(liveVote(" ", "up", null).statusCode()).isEqualTo(400);
    assertThat(liveVote("alice", "up", "yesterday").statusCode()).isEqualTo(400);
    assertThat(
            send(post("/api/votes/live", "{\"username\":\"alice\",\"vote\":\"up\"}")).statusCode())
        .isEqualTo(401);
    assertThat(send(get("/api/votes?limit=5000")).statusCode()).isEqualTo(400);
  }

  /** A session with three games started about a second apart, then closed. */
  private record PlayedSession(long id, List<JsonObject> games, List<Instant> startedAt) {}

  private static PlayedSession playThreeGames() throws InterruptedException {
    long sessionId = startSession();
    List<JsonObject> games = new ArrayList<>();
    List<Instant> started = new ArrayList<>();
    for (long gameId : catalogGameIds(3)) {
      JsonObject added = addGame(sessionId, gameId);
      games.add(added);
      started.add(Instant.parse(added.getString("played_at")));
      Thread.sleep(1100);
    }
    close(sessionId);
    return new PlayedSession(sessionId, games, started);
  }

  private static String message(String username, String message, Instant at) {
    return "{\"username\":\""
        + username
        + "\",\"message\":\""
        + message
        + "\",\"timestamp\":\""
        + at
        + "\"}";
  }

  private static HttpResponse<String> importChat(long sessionId, List<String> messages) {
    return admin(
        post(
            "/api/sessions/" + sessionId + "/chat-import",
            "{\"chat_data\":[" + String.join(",", messages) + "]}"));
  }

  @Test
  void aChatLogOverThreeGamesGivesEachVoteToItsGameAndASecondImportAddsNothing() throws Exception {
    PlayedSession session = playThreeGames();
    List<Instant> t = session.startedAt();
    List<String> log =
        List.of(
            message("dave", "thisgame++ too early", t.get(0).minusSeconds(5)),
            message("alice", "ThisGame++", t.get(0).plusMillis(100)),
            message("bob", "this one is bad thisgame--", t.get(0).plusMillis(200)),
            message("alice", "just chatting", t.get(0).plusMillis(300)),
            message("alice", "thisgame--", t.get(1).plusMillis(100)),
            message("carol", "thisgame++ no wait thisgame--", t.get(1).plusMillis(200)),
            message("alice", "thisgame++", t.get(2).plusMillis(100)),
            message("alice", "thisgame++", t.get(2).plusMillis(200)));

    HttpResponse<String> first = importChat(session.id(), log);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonObject report = object(first);
    assertThat(report.getInt("messages_imported")).isEqualTo(8);
    assertThat(report.getInt("votes_processed")).isEqualTo(5);
    assertThat(report.getInt("duplicates_skipped")).isEqualTo(1);
    assertThat(report.getInt("unmatched_skipped")).isEqualTo(1);
    JsonArray byGame = report.getJsonArray("votes_by_game");
    assertThat(byGame.getValuesAs(JsonObject.class))
        .extracting(
            g -> g.getString("title") + " +" + g.getInt("upvotes") + " -" + g.getInt("downvotes"))
        .containsExactly(
            session.games().get(0).getString("title") + " +1 -1",
            session.games().get(1).getString("title") + " +0 -2",
            session.games().get(2).getString("title") + " +1 -0");
    JsonObject stored = object(send(get("/api/sessions/" + session.id())));
    List<JsonObject> plays = stored.getJsonArray("games").getValuesAs(JsonObject.class);
    assertThat(plays)
        .extracting(g -> g.getInt("upvotes") + "/" + g.getInt("downvotes"))
        .containsExactly("1/1", "0/2", "1/0");
    long secondGame = session.games().get(1).getJsonNumber("game_id").longValue();
    int secondGameDownvotes = game(secondGame).getInt("downvotes");

    HttpResponse<String> second = importChat(session.id(), log);

    JsonObject again = object(second);
    assertThat(again.getInt("votes_processed")).isZero();
    assertThat(again.getInt("duplicates_skipped")).isEqualTo(6);
    assertThat(again.getJsonArray("votes_by_game")).isEmpty();
    assertThat(object(send(get("/api/votes?session_id=" + session.id()))).getInt("total"))
        .isEqualTo(5);
    assertThat(game(secondGame).getInt("downvotes")).isEqualTo(secondGameDownvotes);
  }

  @Test
  void aMalformedChatEntryIsReportedWithItsIndexAndNothingIsApplied() throws Exception {
    PlayedSession session = playThreeGames();
    List<String> log = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      log.add(message("user" + i, "thisgame++", session.startedAt().get(0).plusMillis(i)));
    }
    log.set(12, "{\"username\":\"mallory\",\"message\":\"thisgame--\",\"timestamp\":\"noon\"}");

    HttpResponse<String> rejected = importChat(session.id(), log);

    assertThat(rejected.statusCode()).isEqualTo(400);
    JsonObject problem = object(rejected);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("chat_data[12].timestamp");
    assertThat(object(send(get("/api/votes?session_id=" + session.id()))).getInt("total")).isZero();
  }

  @Test
  void tenThousandChatMessagesImportQuicklyAndTheStatsCountThem() throws Exception {
    JsonObject before = stats();
    long sessionId = startSession();
    JsonObject played = addGame(sessionId, catalogGameIds(1).get(0));
    Instant start = Instant.parse(played.getString("played_at"));
    Thread.sleep(1100);
    close(sessionId);
    List<String> log = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      log.add(
          message(
              "viewer" + i,
              i % 4 == 0 ? "thisgame--" : "gg thisgame++",
              start.plusMillis(i % 1000)));
    }

    long began = System.nanoTime();
    HttpResponse<String> imported = importChat(sessionId, log);
    long millis = (System.nanoTime() - began) / 1_000_000;
    System.out.println("Chat import of 10,000 messages took " + millis + " ms");

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(object(imported).getInt("votes_processed")).isEqualTo(10_000);
    assertThat(millis).isLessThan(60_000);
    JsonObject play = sessionGame(sessionId, played.getJsonNumber("id").longValue());
    assertThat(play.getInt("upvotes")).isEqualTo(7_500);
    assertThat(play.getInt("downvotes")).isEqualTo(2_500);

    JsonObject after = stats();
    assertThat(after.getJsonNumber("total_sessions").longValue())
        .isEqualTo(before.getJsonNumber("total_sessions").longValue() + 1);
    assertThat(after.getJsonNumber("games_played").longValue())
        .isEqualTo(before.getJsonNumber("games_played").longValue() + 1);
    assertThat(after.getJsonNumber("total_votes").longValue())
        .isEqualTo(before.getJsonNumber("total_votes").longValue() + 10_000);
    assertThat(after.getJsonNumber("total_games")).isEqualTo(before.getJsonNumber("total_games"));
    List<JsonObject> best = after.getJsonArray("best_rated").getValuesAs(JsonObject.class);
    assertThat(best).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(best.get(0).getInt("popularity_score")).isGreaterThanOrEqualTo(5_000);
    List<JsonObject> most = after.getJsonArray("most_played").getValuesAs(JsonObject.class);
    assertThat(most).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    for (int i = 1; i < most.size(); i++) {
      assertThat(most.get(i).getInt("play_count"))
          .isLessThanOrEqualTo(most.get(i - 1).getInt("play_count"));
    }
  }

  /** A real WebSocket client (the JDK's) subscribed to one session; collects what it receives. */
  private static final class Socket implements WebSocket.Listener, AutoCloseable {
    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static Socket subscribed(long sessionId) throws InterruptedException {
      Socket client = new Socket();
      URI uri = URI.create(BASE_URL.replaceFirst("^http", "ws") + "/api/sessions/live");
      client.socket = HTTP.newWebSocketBuilder().buildAsync(uri, client).join();
      client.socket.sendText("{\"type\":\"auth\",\"token\":\"" + token() + "\"}", true).join();
      client.next("auth_success");
      client
          .socket
          .sendText("{\"type\":\"subscribe\",\"sessionId\":" + sessionId + "}", true)
          .join();
      client.next("subscribed");
      return client;
    }

    JsonObject next(String type) throws InterruptedException {
      while (true) {
        JsonObject message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
          throw new AssertionError("No " + type + " within 10 s");
        }
        if (type.equals(message.getString("type", null))) {
          return message;
        }
      }
    }

    List<JsonObject> events(String type, int count) throws InterruptedException {
      List<JsonObject> events = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        events.add(next(type));
      }
      return events;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(Json.createReader(new StringReader(partial.toString())).readObject());
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
      socket.abort();
    }
  }
}
