package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write sent again with the same {@code Idempotency-Key} gets its first answer and counts once;
 * the key with another body is a 422; without a key, a vote sent twice is a 409 that names the
 * stored vote.
 */
class IdempotencyKeyEndToEndIT extends SessionEndToEndTest {

  private long sessionId;
  private long gameId;

  @BeforeEach
  void playingGame() {
    sessionId = startFreshSession("idempotency IT").getJsonNumber("id").longValue();
    gameId =
        json(send(get("/api/games?enabled=true")))
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    addGame(sessionId, gameId, null);
  }

  @AfterEach
  void close() {
    closeSession(sessionId);
  }

  private static HttpResponse<String> vote(String key, String username, String vote) {
    return admin(
        post("/api/votes/live", "{\"username\":\"" + username + "\",\"vote\":\"" + vote + "\"}")
            .header("Idempotency-Key", key));
  }

  private List<String> storedVoters(String username) {
    return object(send(get("/api/votes?session_id=" + sessionId + "&username=" + username)))
        .getJsonArray("votes")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(v -> v.getString("vote"))
        .toList();
  }

  @Test
  void aVoteRetriedWithItsKeyGetsTheFirstAnswerAndCountsOnce() {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = vote(key, "idem-alice", "up");
    HttpResponse<String> again = vote("\"" + key + "\"", "idem-alice", "up");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(again.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(storedVoters("idem-alice")).containsExactly("up");
  }

  @Test
  void theSameKeyWithAnotherBodyIsA422AndChangesNothing() {
    String key = UUID.randomUUID().toString();
    assertThat(vote(key, "idem-bob", "up").statusCode()).isEqualTo(200);

    HttpResponse<String> other = vote(key, "idem-bob", "down");

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(object(other).getString("detail")).contains("Idempotency-Key");
    assertThat(storedVoters("idem-bob")).containsExactly("up");
  }

  @Test
  void aCreationRetriedWithItsKeyAnswersTheSame201AndLocation() {
    String key = UUID.randomUUID().toString();
    String body = "{\"game_id\":" + gameId + ",\"room_code\":\"IDEM\"}";
    HttpResponse<String> first =
        admin(post("/api/sessions/" + sessionId + "/games", body).header("Idempotency-Key", key));
    HttpResponse<String> again =
        admin(post("/api/sessions/" + sessionId + "/games", body).header("Idempotency-Key", key));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"))
        .isPresent();
    long plays =
        json(send(get("/api/sessions/" + sessionId + "/games")))
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(play -> "IDEM".equals(play.getString("room_code", null)))
            .count();
    assertThat(plays).isEqualTo(1);
  }

  @Test
  void anErrorIsNotKeptSoTheRetryIsPerformedAfresh() {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> invalid = vote(key, "idem-carol", "sideways");
    HttpResponse<String> again = vote(key, "idem-carol", "sideways");

    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void aMalformedKeyIsA400() {
    HttpResponse<String> bad = vote("has space", "idem-dave", "up");

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(object(bad).getString("detail")).contains("Idempotency-Key");
    assertThat(storedVoters("idem-dave")).isEmpty();
  }

  @Test
  void aDuplicateVoteWithoutKeyIsA409NamingTheStoredVote() {
    HttpResponse<String> first =
        admin(post("/api/votes/live", "{\"username\":\"idem-erin\",\"vote\":\"up\"}"));
    HttpResponse<String> duplicate =
        admin(post("/api/votes/live", "{\"username\":\"idem-erin\",\"vote\":\"up\"}"));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(duplicate.statusCode()).isEqualTo(409);
    JsonObject stored = object(duplicate).getJsonObject("vote");
    JsonObject counted = object(first).getJsonObject("vote");
    assertThat(stored).isEqualTo(counted);
    assertThat(stored.getString("vote")).isEqualTo("up");
  }
}
