package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The Discord adapter against a local fake Discord, on a server of its own configured with {@code
 * DISCORD_WEBHOOK_URL} (and a webhook): a 429 first, then success; Discord failing while WebSocket
 * bots still get every event at once; Discord down while the server is killed between an event's
 * commit and its post, then both back up; and the night's summary. Every message arrives exactly
 * once, in order.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class DiscordEndToEndIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void everyGameAndTheNightsSummaryArePostedOnceThrough429sFailuresACrashAndARefusal()
      throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (FakeDiscord discord = FakeDiscord.start();
        StandaloneServer server =
            StandaloneServer.prepare("discord", port)
                .withEnvironment("DISCORD_WEBHOOK_URL", discord.url())) {
      server.start();
      String token = server.adminToken();
      server.created(
          token,
          "/api/webhooks",
          "{\"name\":\"also\",\"url\":\""
              + discord.webhookUrl()
              + "\",\"events\":[\"game.added\",\"vote.received\",\"session.ended\"]}");
      long session = server.created(token, "/api/sessions", "{\"notes\":\"Discord night\"}");
      List<String> expected = new ArrayList<>();

      discord.rateLimitNext();
      expected.add(nowPlaying(addGame(server, token, session, 1, "ABCD")));
      assertThat(discord.awaitPosted(1, PATIENCE)).isEqualTo(expected);
      assertThat(discord.rateLimited()).isEqualTo(1);

      discord.failSlowly();
      try (LiveTestClient bot = LiveTestClient.authenticated(server.baseUrl(), token)) {
        bot.subscribe(session);
        expected.add(nowPlaying(addGame(server, token, session, 2, "EFGH")));
        long answered = System.nanoTime();
        bot.awaitEvent("game.added", session);
        List<Long> latencies = new ArrayList<>(List.of(millisSince(answered)));
        for (String vote : List.of("up", "up", "down")) {
          vote(server, token, "viewer-" + latencies.size(), vote);
          answered = System.nanoTime();
          bot.awaitEvent("vote.received", session);
          latencies.add(millisSince(answered));
        }
        System.out.println("Bot latencies (ms, answer to event) while Discord fails: " + latencies);
        // each failing Discord attempt takes 3 s: a bot held back by Discord would wait that long
        assertThat(latencies).allSatisfy(millis -> assertThat(millis).isLessThan(1500));
      }
      assertThat(discord.posted()).hasSize(1);
      discord.recover();
      assertThat(discord.awaitPosted(2, PATIENCE)).isEqualTo(expected);

      discord.down();
      expected.add(nowPlaying(addGame(server, token, session, 3, "IJKL")));
      Thread.sleep(2000); // committed, not posted: Discord is down
      server.kill();
      discord.up();
      server.start();
      assertThat(discord.awaitPosted(3, PATIENCE)).isEqualTo(expected);

      vote(server, token, "critic-1", "down");
      vote(server, token, "critic-2", "down");
      server.post(token, "/api/sessions/" + session + "/close", "", 200);
      List<String> titles = playedTitles(expected);
      expected.add(
          String.join(
              "\n",
              "Game night #" + session + " is over — 3 games:",
              "1. " + titles.get(0) + " [+0 / -0]",
              "2. " + titles.get(1) + " [+2 / -1]",
              "3. " + titles.get(2) + " [+0 / -2]",
              "Most liked: " + titleOnly(titles.get(1)) + " [+2 / -1]",
              "Least liked: " + titleOnly(titles.get(2)) + " [+0 / -2]"));
      assertThat(discord.awaitPosted(4, PATIENCE)).isEqualTo(expected);

      Thread.sleep(3000);
      assertThat(discord.posted()).as("no message posted twice").isEqualTo(expected);

      long nextNight = server.created(token, "/api/sessions", "{\"notes\":\"after\"}");
      discord.refuseNext();
      addGame(server, token, nextNight, 1, "MNOP");
      expected.add(nowPlaying(addGame(server, token, nextNight, 2, "QRST")));
      assertThat(discord.awaitPosted(5, PATIENCE))
          .as("a message Discord refuses is dropped; the next one is posted")
          .isEqualTo(expected);
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

  private static void vote(StandaloneServer server, String token, String username, String vote)
      throws Exception {
    server.post(
        token,
        "/api/votes/live",
        "{\"username\":\"" + username + "\",\"vote\":\"" + vote + "\"}",
        200);
  }

  private static String nowPlaying(JsonObject sessionGame) {
    return "Now playing: "
        + sessionGame.getString("title")
        + " ("
        + sessionGame.getString("pack_name")
        + ") — room "
        + sessionGame.getString("room_code");
  }

  /** "Title (Pack)" of each "Now playing: Title (Pack) — room CODE". */
  private static List<String> playedTitles(List<String> nowPlaying) {
    return nowPlaying.stream()
        .map(text -> text.substring("Now playing: ".length(), text.lastIndexOf(" — room ")))
        .toList();
  }

  private static String titleOnly(String titleAndPack) {
    return titleAndPack.substring(0, titleAndPack.lastIndexOf(" ("));
  }

  private static long millisSince(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }
}
