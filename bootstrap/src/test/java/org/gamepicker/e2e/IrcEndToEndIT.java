package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The IRC adapter against a real IRC server (Debian's ngIRCd, started by the test on a free port),
 * on a Game Picker server of its own configured with {@code IRC_SERVER}: viewers on plain sockets
 * vote with {@code thisgame++} / {@code thisgame--} in the channel, the votes arrive at the REST
 * API (one per nick; a repeated vote and chatter change nothing and the connection goes on), the
 * night's start, each game with its room code, an audience poll (whose {@code !vote N} ballots
 * arrive at the REST API) and the night's end are announced in the channel, and a chat burst of
 * {@code it.irc.burst.nicks} votes (default 5,000) from as many nicks, spread over 10 s, is counted
 * in full within {@code it.irc.burst.within} seconds of the first (default 15, the target in
 * docs/guides/chat-votes-irc.md).
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class IrcEndToEndIT {

  private static final String CHANNEL = "#gamenight";
  private static final String BOT = "picker";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final int BURST_NICKS = Integer.getInteger("it.irc.burst.nicks", 5000);
  private static final Duration BURST_SPREAD = Duration.ofSeconds(10);

  /** The issue's target: the burst counted in full within 15 s of its first vote. */
  private static final Duration BURST_COUNTED_WITHIN =
      Duration.ofSeconds(Integer.getInteger("it.irc.burst.within", 15));

  @Test
  void chatVotesReachTheApiAndTheNightIsAnnouncedInTheChannel() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 12;
    Path dir = Path.of(System.getProperty("it.server.dir")).getParent().resolve("ngircd-it");
    try (Ngircd irc = Ngircd.start(dir, CHANNEL);
        IrcViewer host = IrcViewer.join(irc.port(), "streamer", CHANNEL);
        StandaloneServer server =
            StandaloneServer.prepare("irc", port)
                .withEnvironment("IRC_SERVER", "127.0.0.1:" + irc.port())
                .withEnvironment("IRC_TLS", "false")
                .withEnvironment("IRC_NICK", BOT)
                .withEnvironment("IRC_CHANNEL", CHANNEL)) {
      server.start();
      String token = server.adminToken();

      long session = server.created(token, "/api/sessions", "{\"notes\":\"Streamed night\"}");
      assertThat(host.awaitFrom(BOT, 3, PATIENCE))
          .containsExactly(
              "🎮 Game Night has started! Session #" + session,
              "📝 Streamed night",
              "🗳️ Vote with thisgame++ or thisgame-- during games!");

      JsonObject first = addGame(server, token, session, 1, "ABCD");
      assertThat(host.awaitFrom(BOT, 1, PATIENCE)).containsExactly(nowPlaying(first));

      try (IrcViewer alice = IrcViewer.join(irc.port(), "alice", CHANNEL);
          IrcViewer bob = IrcViewer.join(irc.port(), "bob", CHANNEL);
          IrcViewer carol = IrcViewer.join(irc.port(), "carol", CHANNEL)) {
        alice.say("thisgame++");
        bob.say("THISGAME-- sorry");
        carol.say("hello chat, thisgame++");
        alice.say("thisgame++"); // a duplicate: refused quietly
        bob.say("what a round");
        awaitVotes(server, token, session, Map.of("alice", "up", "bob", "down", "carol", "up"));
        carol.say("thisgame--"); // changes carol's vote: the connection went on after the duplicate
        awaitVotes(server, token, session, Map.of("alice", "up", "bob", "down", "carol", "down"));

        chatPoll(server, token, session, host, alice, bob, carol);
      }

      JsonObject second = addGame(server, token, session, 2, "EFGH");
      assertThat(host.awaitFrom(BOT, 2, PATIENCE))
          .containsExactly(
              "🗳️ Final votes for " + first.getString("title") + ": 1👍 2👎 (Score: -1)",
              nowPlaying(second));

      burst(server, token, session, irc.port());

      server.post(token, "/api/sessions/" + session + "/close", "", 200);
      assertThat(host.awaitFrom(BOT, 4, PATIENCE))
          .containsExactly(
              "🗳️ Final votes for "
                  + second.getString("title")
                  + ": "
                  + BURST_NICKS
                  + "👍 0👎 (Score: +"
                  + BURST_NICKS
                  + ")",
              "🌙 Game Night has ended! Thanks for playing!",
              "📊 Session Stats: 2 games played",
              "🏆 Most liked: "
                  + second.getString("title")
                  + " "
                  + BURST_NICKS
                  + "👍 0👎 (Score: +"
                  + BURST_NICKS
                  + ")");
      Thread.sleep(1000);
      assertThat(host.unread()).as("nothing said twice, nothing else said").isEmpty();
    }
  }

  /**
   * A poll opened over REST is announced with its numbered candidates; the viewers' {@code !vote N}
   * become ballots (one per nick, a later one moves it, a choice outside the poll changes nothing);
   * its end is announced with the winner and the counts.
   */
  private static void chatPoll(
      StandaloneServer server,
      String token,
      long session,
      IrcViewer host,
      IrcViewer alice,
      IrcViewer bob,
      IrcViewer carol)
      throws Exception {
    JsonObject poll =
        server.post(
            token,
            "/api/sessions/" + session + "/polls",
            "{\"game_ids\":[3,4],\"duration_seconds\":600}",
            201);
    long pollId = poll.getJsonNumber("id").longValue();
    List<JsonObject> games =
        poll.getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
            .map(candidate -> candidate.getJsonObject("game"))
            .toList();
    assertThat(host.awaitFrom(BOT, 3, PATIENCE))
        .containsExactly(
            "📊 Pick the next game! Type !vote 1..2 in chat — 600 s to vote",
            "!vote 1 → " + titleAndPack(games.get(0)),
            "!vote 2 → " + titleAndPack(games.get(1)));

    alice.say("!vote 1");
    bob.say("!vote 2");
    carol.say("!vote 2");
    bob.say("!vote 9"); // outside the poll: refused quietly, bob's ballot stays
    // The first ballots counted before alice moves hers, so the move is seen on its own.
    awaitCounts(server, token, pollId, List.of(1, 2));
    alice.say("!vote 2"); // moves alice's ballot
    awaitCounts(server, token, pollId, List.of(0, 3));

    server.post(token, "/api/polls/" + pollId + "/close", "{\"play\":false}", 200);
    assertThat(host.awaitFrom(BOT, 2, PATIENCE))
        .containsExactly(
            "🏆 The chat picked " + titleAndPack(games.get(1)) + " with 3 of 3 votes",
            "📊 Votes: "
                + games.get(0).getString("title")
                + " 0 · "
                + games.get(1).getString("title")
                + " 3");
  }

  private static String titleAndPack(JsonObject game) {
    return game.getString("title") + " (" + game.getString("pack_name") + ")";
  }

  /** Waits (PATIENCE) until the poll's counts are the expected ones. */
  private static void awaitCounts(
      StandaloneServer server, String token, long pollId, List<Integer> expected) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    List<Integer> counts = List.of();
    while (System.nanoTime() < deadline) {
      counts =
          get(server, token, "/api/polls/" + pollId)
              .getJsonArray("counts")
              .getValuesAs(JsonNumber.class)
              .stream()
              .map(JsonNumber::intValue)
              .toList();
      if (counts.equals(expected)) {
        return;
      }
      Thread.sleep(200);
    }
    assertThat(counts).as("the poll's counts").isEqualTo(expected);
  }

  /** BURST_NICKS viewers, registered beforehand, each vote once within BURST_SPREAD. */
  private static void burst(StandaloneServer server, String token, long session, int ircPort)
      throws Exception {
    int before = total(server, token, session);
    long registering = System.nanoTime();
    try (ChatBurst chat = ChatBurst.register(ircPort, "v", BURST_NICKS)) {
      Duration registered = Duration.ofNanos(System.nanoTime() - registering);
      long start = System.nanoTime();
      chat.sayAll(CHANNEL, "thisgame++", BURST_SPREAD);
      Duration sent = Duration.ofNanos(System.nanoTime() - start);
      int counted = before;
      Duration countedAfter = null;
      while (Duration.ofNanos(System.nanoTime() - start).compareTo(PATIENCE) < 0) {
        counted = total(server, token, session);
        if (counted >= before + BURST_NICKS) {
          countedAfter = Duration.ofNanos(System.nanoTime() - start);
          break;
        }
        Thread.sleep(200);
      }
      System.out.printf(
          "IRC chat burst: %d nicks registered in %d ms, their thisgame++ sent in %d ms,"
              + " %d of %d counted %s%n",
          chat.size(),
          registered.toMillis(),
          sent.toMillis(),
          counted - before,
          BURST_NICKS,
          countedAfter == null
              ? "after " + PATIENCE.toSeconds() + " s (not all)"
              : "within " + countedAfter.toMillis() + " ms of the first");
      assertThat(counted - before).as("burst votes counted").isEqualTo(BURST_NICKS);
      assertThat(countedAfter)
          .as("all counted within %d s of the first", BURST_COUNTED_WITHIN.toSeconds())
          .isLessThanOrEqualTo(BURST_COUNTED_WITHIN);
    }
  }

  private static JsonObject addGame(
      StandaloneServer server, String token, long session, long gameId, String room)
      throws Exception {
    return server.post(
        token,
        "/api/sessions/" + session + "/games",
        "{\"game_id\":" + gameId + ",\"room_code\":\"" + room + "\"}",
        201);
  }

  private static String nowPlaying(JsonObject sessionGame) {
    return "🎲 Now playing: "
        + sessionGame.getString("title")
        + " ("
        + sessionGame.getString("pack_name")
        + ") — room "
        + sessionGame.getString("room_code");
  }

  /** Waits (PATIENCE) until the session's votes, by username, are the expected ones. */
  private static void awaitVotes(
      StandaloneServer server, String token, long session, Map<String, String> expected)
      throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Map<String, String> votes = Map.of();
    while (System.nanoTime() < deadline) {
      votes = new TreeMap<>();
      for (JsonObject vote :
          votesPage(server, token, session, 500)
              .getJsonArray("votes")
              .getValuesAs(JsonObject.class)) {
        votes.putIfAbsent(vote.getString("username"), vote.getString("vote"));
      }
      if (votes.equals(expected)) {
        return;
      }
      Thread.sleep(200);
    }
    assertThat(votes).as("the session's votes by username").isEqualTo(expected);
  }

  private static int total(StandaloneServer server, String token, long session) throws Exception {
    return votesPage(server, token, session, 1).getInt("total");
  }

  private static JsonObject votesPage(
      StandaloneServer server, String token, long session, int limit) throws Exception {
    return get(server, token, "/api/votes?session_id=" + session + "&limit=" + limit);
  }

  private static JsonObject get(StandaloneServer server, String token, String path)
      throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            server.authorized(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
