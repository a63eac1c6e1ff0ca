package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Least-privilege bot tokens, as the admin and a bot use them: minted once, listed without the
 * token, allowed exactly their scopes on REST and the WebSocket, and refused at once when revoked.
 */
@RunAsClient
class BotTokensEndToEndIT extends SessionEndToEndTest {

  @Test
  void aMintedTokenIsShownOnceAndListedWithoutIt() {
    HttpResponse<String> minted =
        admin(post("/api/tokens", "{\"name\":\"kosmi-bot\",\"scopes\":[\"votes\",\"live\"]}"));

    assertThat(minted.statusCode()).isEqualTo(201);
    JsonObject created = object(minted);
    long id = created.getJsonNumber("id").longValue();
    String token = created.getString("token");
    assertThat(token).matches("gpb_[A-Za-z0-9_-]{43}");
    assertThat(created.getString("name")).isEqualTo("kosmi-bot");
    assertThat(created.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("live", "votes");
    assertThat(created.getString("created_at")).matches(TIMESTAMP);
    assertThat(minted.headers().firstValue("Location")).hasValue(BASE_URL + "/api/tokens/" + id);

    HttpResponse<String> list = admin(get("/api/tokens"));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(token).doesNotContain("\"token\"");
    JsonObject listed = listed(id);
    assertThat(listed.keySet())
        .containsExactly("id", "name", "scopes", "created_at", "last_used_at");
    assertThat(listed.getString("created_at")).isEqualTo(created.getString("created_at"));
    assertThat(listed.isNull("last_used_at")).isTrue();
  }

  @Test
  void aTokenNeedsANameAndKnownScopes() {
    HttpResponse<String> unknownScope =
        admin(post("/api/tokens", "{\"name\":\"bot\",\"scopes\":[\"admin\"]}"));
    assertThat(unknownScope.statusCode()).isEqualTo(400);
    assertThat(unknownScope.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(object(unknownScope).getString("detail"))
        .isEqualTo("Unknown scope admin; the scopes are live, votes");
    assertThat(admin(post("/api/tokens", "{\"name\":\"bot\",\"scopes\":[]}")).statusCode())
        .isEqualTo(400);
    assertThat(admin(post("/api/tokens", "{\"scopes\":[\"live\"]}")).statusCode()).isEqualTo(400);
  }

  @Test
  void theVotesScopePostsLiveVotesAndChatImportsAndRecordsTheUse() {
    Instant before = Instant.now().minusSeconds(1);
    long sessionId = startFreshSession(null).getJsonNumber("id").longValue();
    addGame(sessionId, catalogGame(0).getJsonNumber("id").longValue(), null);
    Bot votes = mint("votes");

    HttpResponse<String> vote =
        votes.send(post("/api/votes/live", "{\"username\":\"alice\",\"vote\":\"up\"}"));
    assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
    HttpResponse<String> chat =
        votes.send(
            post(
                "/api/sessions/" + sessionId + "/chat-import",
                "{\"chat_data\":[{\"username\":\"bob\",\"message\":\"thisgame++\",\"timestamp\":\""
                    + Instant.now()
                    + "\"}]}"));
    assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);

    assertThat(Instant.parse(listed(votes.id).getString("last_used_at"))).isAfter(before);
    closeSession(sessionId);
  }

  @Test
  void aBotTokenGets403OnEveryOtherAdminOperation() {
    Bot both = mint("live", "votes");

    for (HttpRequest.Builder request :
        List.of(
            request("/api/games/1").DELETE(),
            post("/api/tokens", "{\"name\":\"escalate\",\"scopes\":[\"live\"]}"),
            get("/api/tokens"),
            request("/api/tokens/" + both.id).DELETE(),
            post("/api/sessions", "{}"),
            get("/api/webhooks"),
            post("/api/auth/verify", ""))) {
      HttpResponse<String> response = both.send(request);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(object(response).getString("detail"))
          .isEqualTo("This token does not allow this operation; it needs the admin token");
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"gamepicker\", error=\"insufficient_scope\"");
    }
    assertThat(send(get("/api/games/1")).statusCode()).isEqualTo(200);
    assertThat(listed(both.id)).isNotNull();
  }

  @Test
  void aLiveOnlyTokenMayNotVote() {
    HttpResponse<String> vote =
        mint("live").send(post("/api/votes/live", "{\"username\":\"alice\",\"vote\":\"up\"}"));

    assertThat(vote.statusCode()).isEqualTo(403);
    assertThat(object(vote).getString("detail"))
        .isEqualTo(
            "This token does not allow this operation; it needs the admin token or a bot token"
                + " with the votes scope");
  }

  @Test
  void theLiveScopeAuthenticatesTheWebSocketAndOnlyIt() {
    long sessionId = startFreshSession(null).getJsonNumber("id").longValue();
    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, mint("live").token)) {
      bot.subscribe(sessionId);
    }
    try (LiveTestClient voter = LiveTestClient.connect(BASE_URL)) {
      voter.send("{\"type\":\"auth\",\"token\":\"" + mint("votes").token + "\"}");
      assertThat(voter.expect("auth_error").getString("message"))
          .isEqualTo("This token lacks the live scope");
      voter.send("{\"type\":\"subscribe\",\"sessionId\":" + sessionId + "}");
      assertThat(voter.expect("error").getString("message"))
          .isEqualTo("Not authenticated: send auth first");
    }
    closeSession(sessionId);
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceAndItsOpenSocketClosed() throws Exception {
    Bot bot = mint("live", "votes");
    Bot other = mint("live");
    try (LiveTestClient revoked = LiveTestClient.authenticated(BASE_URL, bot.token);
        LiveTestClient unaffected = LiveTestClient.authenticated(BASE_URL, other.token)) {

      assertThat(admin(request("/api/tokens/" + bot.id).DELETE()).statusCode()).isEqualTo(204);

      assertThat(revoked.awaitClose(Duration.ofSeconds(5))).isEqualTo(1008);
      assertThat(unaffected.drainUntilPong()).isEmpty();
    }
    HttpResponse<String> vote =
        bot.send(post("/api/votes/live", "{\"username\":\"alice\",\"vote\":\"up\"}"));
    assertThat(vote.statusCode()).isEqualTo(401);
    assertThat(vote.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    try (LiveTestClient again = LiveTestClient.connect(BASE_URL)) {
      again.send("{\"type\":\"auth\",\"token\":\"" + bot.token + "\"}");
      assertThat(again.expect("auth_error").getString("message"))
          .isEqualTo("Invalid or expired token");
    }
    assertThat(json(admin(get("/api/tokens"))).asJsonArray().getValuesAs(JsonObject.class))
        .noneMatch(token -> token.getJsonNumber("id").longValue() == bot.id);
    assertThat(admin(request("/api/tokens/" + bot.id).DELETE()).statusCode()).isEqualTo(404);
  }

  @Test
  void theAdminTokenKeepsWorkingForBots() {
    long sessionId = startFreshSession(null).getJsonNumber("id").longValue();
    addGame(sessionId, catalogGame(1).getJsonNumber("id").longValue(), null);
    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, adminToken())) {
      bot.subscribe(sessionId);
      HttpResponse<String> vote =
          admin(post("/api/votes/live", "{\"username\":\"carol\",\"vote\":\"up\"}"));
      assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
      assertThat(bot.expect("vote.received")).isNotNull();
    }
    closeSession(sessionId);
  }

  /** A bot token as minted: its id and the token itself. */
  private record Bot(long id, String token) {
    HttpResponse<String> send(HttpRequest.Builder request) {
      return EndToEndTest.send(request.header("Authorization", "Bearer " + token));
    }
  }

  private static Bot mint(String... scopes) {
    String names = String.join("\",\"", scopes);
    HttpResponse<String> minted =
        admin(post("/api/tokens", "{\"name\":\"test bot\",\"scopes\":[\"" + names + "\"]}"));
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(201);
    return new Bot(
        object(minted).getJsonNumber("id").longValue(), object(minted).getString("token"));
  }

  private static JsonObject listed(long id) {
    return json(admin(get("/api/tokens"))).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(token -> token.getJsonNumber("id").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Token " + id + " not listed"));
  }
}
