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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A crash loses nothing the server confirmed: live votes are posted from three threads, the server
 * is killed with SIGKILL mid-load, and after a restart every vote answered 200 is stored, once,
 * with its {@code vote.received} event still in the log. Runs its own H2 server, as a host would.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class CrashDurabilityIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void everyConfirmedVoteAndItsEventSurviveAKill() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer server = StandaloneServer.prepare("crash", port)) {
      server.start();
      String token = server.adminToken();
      long sessionId = server.created(token, "/api/sessions", "{\"notes\":\"crash test\"}");
      server.created(token, "/api/sessions/" + sessionId + "/games", "{\"game_id\":1}");

      Map<String, Long> confirmed = new ConcurrentHashMap<>();
      ExecutorService voters = Executors.newFixedThreadPool(3);
      for (int thread = 0; thread < 3; thread++) {
        String prefix = "voter" + thread + "-";
        voters.submit(() -> vote(server, token, prefix, confirmed));
      }
      Thread.sleep(3000);
      server.kill();
      voters.shutdown();
      assertThat(voters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      assertThat(confirmed).hasSizeGreaterThan(20);

      server.start();

      Set<String> stored = storedVoters(server, sessionId);
      assertThat(stored).containsAll(confirmed.keySet());
      assertThat(votedInEventLog(server, token, sessionId)).containsAll(confirmed.keySet());
      assertThat(voteId(server, token, "after-restart"))
          .as("a vote id is never handed out twice")
          .isGreaterThan(
              confirmed.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }
  }

  /** Posts votes under fresh names until the server stops answering; records each 200. */
  private static void vote(
      StandaloneServer server, String token, String prefix, Map<String, Long> confirmed) {
    for (int i = 0; ; i++) {
      String username = prefix + i;
      try {
        confirmed.put(username, voteId(server, token, username));
      } catch (AssertionError notConfirmed) {
        // not answered 200: not promised either
      } catch (IOException serverGone) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The id of the stored vote, when the server answers 200. */
  private static long voteId(StandaloneServer server, String token, String username)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HTTP.send(
            server
                .authorized(token, "/api/votes/live")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"vote\":\"up\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return parse(answer.body()).getJsonObject("vote").getJsonNumber("id").longValue();
  }

  private static Set<String> storedVoters(StandaloneServer server, long sessionId)
      throws Exception {
    Set<String> usernames = new HashSet<>();
    for (int offset = 0; ; offset += 500) {
      JsonObject page =
          parse(
              HTTP.send(
                      HttpRequest.newBuilder(
                              URI.create(
                                  server.baseUrl()
                                      + "/api/votes?limit=500&session_id="
                                      + sessionId
                                      + "&offset="
                                      + offset))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      page.getJsonArray("votes")
          .forEach(vote -> usernames.add(vote.asJsonObject().getString("username")));
      if (offset + 500 >= page.getInt("total")) {
        return usernames;
      }
    }
  }

  /** The usernames of every vote.received a bot resuming from the start of the log is sent. */
  private static Set<String> votedInEventLog(
      StandaloneServer server, String token, long sessionId) {
    Set<String> usernames = new HashSet<>();
    try (LiveTestClient live = LiveTestClient.authenticated(server.baseUrl(), token)) {
      live.send("{\"type\":\"resume\",\"lastEventId\":0,\"sessionIds\":[" + sessionId + "]}");
      for (JsonObject message = live.next();
          !"resumed".equals(message.getString("type"));
          message = live.next()) {
        if ("vote.received".equals(message.getString("type"))) {
          usernames.add(message.getJsonObject("data").getJsonObject("vote").getString("username"));
        }
      }
    }
    return usernames;
  }

  private static JsonObject parse(String body) {
    JsonValue value = Json.createReader(new StringReader(body)).readValue();
    return value.asJsonObject();
  }
}
