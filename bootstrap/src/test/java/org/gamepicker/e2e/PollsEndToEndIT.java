package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Audience polls as a host and chat bots use them: opened over REST, ballots from a bot token,
 * followed live by a bot that asked for the poll events, closed by the host (playing the winner) or
 * by the server when the time is up.
 */
@RunAsClient
class PollsEndToEndIT extends SessionEndToEndTest {

  private static final String POLL_EVENTS =
      "\"events\":[\"poll.started\",\"poll.tally\",\"poll.ended\"]";

  @Test
  void aPollFromOpeningToItsWinnerPlaying() {
    long sessionId = id(startFreshSession("poll night"));
    String ballots = mintVotesToken();
    try (LiveTestClient follower = LiveTestClient.authenticated(BASE_URL, token());
        LiveTestClient bystander = LiveTestClient.authenticated(BASE_URL, token())) {
      follower.send("{\"type\":\"subscribe\",\"sessionId\":" + sessionId + "," + POLL_EVENTS + "}");
      follower.expect("subscribed");
      bystander.subscribe(sessionId);

      HttpResponse<String> opened =
          admin(
              post(
                  "/api/sessions/" + sessionId + "/polls",
                  "{\"candidates\":3,\"duration_seconds\":60,\"length\":\"short\"}"));
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      JsonObject poll = object(opened);
      long pollId = id(poll);
      assertThat(opened.headers().firstValue("Location"))
          .hasValue(BASE_URL + "/api/polls/" + pollId);
      assertThat(poll.keySet())
          .containsExactly(
              "id",
              "session_id",
              "status",
              "opened_at",
              "closes_at",
              "closed_at",
              "candidates",
              "counts",
              "winner");
      assertThat(poll.getJsonNumber("session_id").longValue()).isEqualTo(sessionId);
      assertThat(poll.getString("status")).isEqualTo("open");
      assertThat(
              Duration.between(
                  Instant.parse(poll.getString("opened_at")),
                  Instant.parse(poll.getString("closes_at"))))
          .isEqualTo(Duration.ofSeconds(60));
      assertThat(poll.isNull("closed_at")).isTrue();
      assertThat(poll.isNull("winner")).isTrue();
      assertThat(counts(poll)).containsExactly(0, 0, 0);
      List<JsonObject> candidates = poll.getJsonArray("candidates").getValuesAs(JsonObject.class);
      assertThat(candidates).extracting(c -> c.getInt("choice")).containsExactly(1, 2, 3);
      assertThat(candidates).extracting(c -> id(c.getJsonObject("game"))).doesNotHaveDuplicates();
      for (JsonObject candidate : candidates) {
        JsonObject game = object(send(get("/api/games/" + id(candidate.getJsonObject("game")))));
        assertThat(candidate.getJsonObject("game").getString("title"))
            .isEqualTo(game.getString("title"));
        assertThat(game.isNull("length_minutes") || game.getInt("length_minutes") <= 15)
            .as("a short game: %s", game)
            .isTrue();
      }

      HttpResponse<String> second =
          admin(
              post(
                  "/api/sessions/" + sessionId + "/polls",
                  "{\"candidates\":2,\"duration_seconds\":60}"));
      assertThat(second.statusCode()).isEqualTo(409);
      assertThat(object(second).getString("detail")).contains("open poll");

      JsonObject started = follower.expect("poll.started");
      JsonObject startedPoll = started.getJsonObject("data").getJsonObject("poll");
      assertThat(id(startedPoll)).isEqualTo(pollId);
      assertThat(startedPoll.getString("closes_at")).isEqualTo(poll.getString("closes_at"));
      assertThat(startedPoll.getJsonArray("candidates")).isEqualTo(poll.getJsonArray("candidates"));

      String ballotPath = "/api/polls/" + pollId + "/ballots";
      assertThat(ballot(ballots, ballotPath, "alice", 1).isNull("previous_choice")).isTrue();
      JsonObject repeated = ballot(ballots, ballotPath, "alice", 1);
      assertThat(repeated.getInt("previous_choice")).isEqualTo(1);
      assertThat(counts(repeated)).containsExactly(1, 0, 0);
      ballot(ballots, ballotPath, "bob", 2);
      ballot(ballots, ballotPath, "carol", 2);
      JsonObject moved = ballot(ballots, ballotPath, "alice", 3);
      assertThat(moved.getInt("previous_choice")).isEqualTo(1);
      assertThat(counts(moved)).containsExactly(0, 2, 1);
      assertThat(counts(object(send(get("/api/polls/" + pollId))))).containsExactly(0, 2, 1);

      for (String choice : List.of("0", "9", "null", "\"two\"")) {
        HttpResponse<String> bad =
            withToken(
                ballots, post(ballotPath, "{\"username\":\"dave\",\"choice\":" + choice + "}"));
        assertThat(bad.statusCode()).as(choice + ": " + bad.body()).isEqualTo(400);
      }
      assertThat(send(post(ballotPath, "{\"username\":\"dave\",\"choice\":1}")).statusCode())
          .isEqualTo(401);
      assertThat(send(get("/api/polls/987654321")).statusCode()).isEqualTo(404);

      JsonObject closed = object(admin(post("/api/polls/" + pollId + "/close", "{\"play\":true}")));
      assertThat(closed.getString("status")).isEqualTo("closed");
      assertThat(closed.getString("closed_at")).matches(TIMESTAMP);
      assertThat(counts(closed)).containsExactly(0, 2, 1);
      JsonObject winner = closed.getJsonObject("winner");
      assertThat(winner).isEqualTo(candidates.get(1));

      JsonObject ended = skipTallies(follower);
      assertThat(ended.getString("type")).isEqualTo("poll.ended");
      JsonObject endedPoll = ended.getJsonObject("data").getJsonObject("poll");
      assertThat(counts(endedPoll)).containsExactly(0, 2, 1);
      assertThat(endedPoll.getJsonObject("winner")).isEqualTo(winner);
      JsonObject added = follower.expect("game.added");
      long winnerGameId = id(winner.getJsonObject("game"));
      assertThat(id(added.getJsonObject("data").getJsonObject("game"))).isEqualTo(winnerGameId);

      assertThat(bystander.expect("game.added").getJsonNumber("id"))
          .isEqualTo(added.getJsonNumber("id"));
      assertThat(bystander.drainUntilPong()).isEmpty();
      assertThat(follower.drainUntilPong()).isEmpty();

      List<JsonObject> games =
          json(send(get("/api/sessions/" + sessionId + "/games")))
              .asJsonArray()
              .getValuesAs(JsonObject.class);
      assertThat(games)
          .extracting(g -> g.getJsonNumber("game_id").longValue())
          .containsExactly(winnerGameId);
      assertThat(games.get(0).getString("status")).isEqualTo("playing");

      HttpResponse<String> late =
          withToken(ballots, post(ballotPath, "{\"username\":\"erin\",\"choice\":1}"));
      assertThat(late.statusCode()).isEqualTo(409);
      assertThat(admin(post("/api/polls/" + pollId + "/close", "{}")).statusCode()).isEqualTo(409);
    }
    closeSession(sessionId);
  }

  @Test
  void aPollClosesByItselfWhenItsTimeIsUp() {
    long sessionId = id(startFreshSession("quick poll"));
    long first = id(catalogGame(10));
    long second = id(catalogGame(11));
    try (LiveTestClient follower = LiveTestClient.authenticated(BASE_URL, token())) {
      follower.send("{\"type\":\"subscribe\",\"sessionId\":" + sessionId + "," + POLL_EVENTS + "}");
      follower.expect("subscribed");
      HttpResponse<String> opened =
          admin(
              post(
                  "/api/sessions/" + sessionId + "/polls",
                  "{\"game_ids\":[" + first + "," + second + "],\"duration_seconds\":5}"));
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      long pollId = id(object(opened));
      follower.expect("poll.started");
      ballot(adminToken(), "/api/polls/" + pollId + "/ballots", "alice", 2);

      JsonObject ended = skipTallies(follower);
      assertThat(ended.getString("type")).isEqualTo("poll.ended");
      JsonObject winner = ended.getJsonObject("data").getJsonObject("poll").getJsonObject("winner");
      assertThat(id(winner.getJsonObject("game"))).isEqualTo(second);
      JsonObject poll = object(send(get("/api/polls/" + pollId)));
      assertThat(poll.getString("status")).isEqualTo("closed");
      assertThat(Instant.parse(poll.getString("closed_at")))
          .isAfterOrEqualTo(Instant.parse(poll.getString("closes_at")));
      assertThat(json(send(get("/api/sessions/" + sessionId + "/games"))).asJsonArray()).isEmpty();
    }
    closeSession(sessionId);
  }

  @Test
  void theLastTallyABotReceivesCarriesTheFinalCountsBeforeThePollCloses() {
    long sessionId = id(startFreshSession("burst of ballots"));
    long first = id(catalogGame(10));
    long second = id(catalogGame(11));
    try (LiveTestClient follower = LiveTestClient.authenticated(BASE_URL, token())) {
      follower.send("{\"type\":\"subscribe\",\"sessionId\":" + sessionId + "," + POLL_EVENTS + "}");
      follower.expect("subscribed");
      long pollId = id(openPoll(sessionId, first, second));
      follower.expect("poll.started");

      String ballotPath = "/api/polls/" + pollId + "/ballots";
      List<Integer> finalCounts = List.of();
      for (int i = 0; i < 6; i++) {
        finalCounts = counts(ballot(adminToken(), ballotPath, "viewer" + i, i % 3 == 0 ? 1 : 2));
      }
      assertThat(finalCounts).containsExactly(2, 4);

      // Without a trailing tally, the last ballots (inside the 250 ms gap) reach no bot before
      // poll.ended: the wait below would time out.
      List<JsonObject> tallies = new ArrayList<>();
      while (tallies.isEmpty() || !tallyCounts(tallies.getLast()).equals(finalCounts)) {
        tallies.add(follower.expect("poll.tally"));
      }
      for (int i = 1; i < tallies.size(); i++) {
        assertThat(
                Duration.between(
                    Instant.parse(tallies.get(i - 1).getString("timestamp")),
                    Instant.parse(tallies.get(i).getString("timestamp"))))
            .as("time between two tallies")
            .isGreaterThanOrEqualTo(Duration.ofMillis(250));
      }

      admin(post("/api/polls/" + pollId + "/close", "{}"));
      assertThat(follower.drainUntilPong())
          .extracting(message -> message.getString("type"))
          .as("after the last tally, only the end")
          .containsExactly("poll.ended");
    }
    closeSession(sessionId);
  }

  @Test
  void aSessionsOpenPollIsReadableForAPageOpenedWhileItRuns() {
    long sessionId = id(startFreshSession("late viewers"));
    String openPolls = "/api/sessions/" + sessionId + "/polls?status=open";
    HttpResponse<String> none = send(get(openPolls));
    assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
    assertThat(json(none).asJsonArray()).as("no poll yet").isEmpty();
    long pollId = id(openPoll(sessionId, id(catalogGame(10)), id(catalogGame(11))));
    castBallot(pollId, "alice", 2);

    List<JsonObject> open = json(send(get(openPolls))).asJsonArray().getValuesAs(JsonObject.class);
    assertThat(open).extracting(PollsEndToEndIT::id).containsExactly(pollId);
    assertThat(open.get(0).getString("status")).isEqualTo("open");
    assertThat(counts(open.get(0))).containsExactly(0, 1);
    assertThat(open.get(0)).isEqualTo(object(send(get("/api/polls/" + pollId))));

    admin(post("/api/polls/" + pollId + "/close", "{}"));
    assertThat(json(send(get(openPolls))).asJsonArray()).as("closed: none open").isEmpty();
    String allPolls = "/api/sessions/" + sessionId + "/polls";
    List<JsonObject> all = json(send(get(allPolls))).asJsonArray().getValuesAs(JsonObject.class);
    assertThat(all).extracting(poll -> poll.getString("status")).containsExactly("closed");
    assertThat(json(send(get(allPolls + "?status=closed"))).asJsonArray())
        .isEqualTo(json(send(get(allPolls))).asJsonArray());

    HttpResponse<String> badStatus = send(get(allPolls + "?status=won"));
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(object(badStatus).getString("detail")).isEqualTo("status must be open or closed");
    HttpResponse<String> noSession = send(get("/api/sessions/987654321/polls?status=open"));
    assertThat(noSession.statusCode()).isEqualTo(404);
    assertThat(noSession.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(object(noSession).getString("detail")).isEqualTo("Session 987654321 not found");
    closeSession(sessionId);
  }

  private static List<Integer> tallyCounts(JsonObject tally) {
    return counts(tally.getJsonObject("data").getJsonObject("poll"));
  }

  /** The next message that is not a poll.tally (tallies are throttled, so their number varies). */
  private static JsonObject skipTallies(LiveTestClient client) {
    JsonObject message = client.next();
    while ("poll.tally".equals(message.getString("type"))) {
      message = client.next();
    }
    return message;
  }

  private static JsonObject ballot(String token, String path, String username, int choice) {
    HttpResponse<String> answer =
        withToken(
            token, post(path, "{\"username\":\"" + username + "\",\"choice\":" + choice + "}"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject ballot = object(answer);
    assertThat(ballot.getString("username")).isEqualTo(username);
    assertThat(ballot.getInt("choice")).isEqualTo(choice);
    return ballot;
  }

  private static String mintVotesToken() {
    HttpResponse<String> minted =
        admin(post("/api/tokens", "{\"name\":\"poll bot\",\"scopes\":[\"votes\"]}"));
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    return object(minted).getString("token");
  }

  private static HttpResponse<String> withToken(String token, HttpRequest.Builder request) {
    return send(request.header("Authorization", "Bearer " + token));
  }

  private static List<Integer> counts(JsonObject poll) {
    return poll.getJsonArray("counts").getValuesAs(JsonNumber.class).stream()
        .map(JsonNumber::intValue)
        .toList();
  }

  private static long id(JsonObject object) {
    return object.getJsonNumber("id").longValue();
  }
}
