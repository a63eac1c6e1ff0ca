package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * One token check for REST and the WebSocket: genuinely signed tokens that break one rule each
 * (groups, expiry, not-before, lifetime) are refused by both, every refusal is a problem, and no
 * token or key ever reaches the server's log.
 */
@RunAsClient
class TokenRulesEndToEndIT extends EndToEndTest {

  /** Each token is signed with the server's key and breaks exactly one rule. */
  private static Map<String, String> ruleBreakers() {
    return Map.of(
        "groups []", ForgedTokens.signed(c -> c.setStringListClaim("groups", List.of())),
        "groups [user]", ForgedTokens.signed(c -> c.setStringListClaim("groups", List.of("user"))),
        "no groups", ForgedTokens.signed(c -> c.unsetClaim("groups")),
        "expired 10 s ago",
            ForgedTokens.signed(c -> c.setExpirationTime(ForgedTokens.inSeconds(-10))),
        "nbf in a minute", ForgedTokens.signed(c -> c.setNotBefore(ForgedTokens.inSeconds(60))),
        "no iat", ForgedTokens.signed(c -> c.unsetClaim("iat")),
        "lifetime 24 h + 2 min",
            ForgedTokens.signed(c -> c.setExpirationTime(ForgedTokens.inSeconds(24 * 3600 + 60))),
        "100 years",
            ForgedTokens.signed(c -> c.setExpirationTime(ForgedTokens.inSeconds(3_155_760_000L))),
        "another issuer", ForgedTokens.signed(c -> c.setIssuer("someone-else")));
  }

  @Test
  void aGenuinelySignedTokenThatKeepsEveryRulePassesOnBothSides() {
    String token = ForgedTokens.signed(claims -> {});

    assertThat(verify(token).statusCode()).isEqualTo(200);
    try (LiveTestClient client = LiveTestClient.authenticated(BASE_URL, token)) {
      assertThat(client.drainUntilPong()).isEmpty();
    }
  }

  @Test
  void restRefusesEachRuleBreakerWithAnInvalidTokenProblem() {
    ruleBreakers()
        .forEach(
            (rule, token) -> {
              HttpResponse<String> response = verify(token);
              assertThat(response.statusCode()).as(rule).isEqualTo(401);
              assertThat(response.headers().firstValue("Content-Type"))
                  .as(rule)
                  .hasValue("application/problem+json");
              assertThat(object(response).getInt("status")).as(rule).isEqualTo(401);
              assertThat(object(response).getString("detail"))
                  .as(rule)
                  .isEqualTo(
                      "The bearer token is invalid, expired or revoked; get a new one from POST"
                          + " /api/auth/login");
              assertThat(response.headers().firstValue("WWW-Authenticate"))
                  .as(rule)
                  .hasValue("Bearer realm=\"gamepicker\", error=\"invalid_token\"");
            });
  }

  @Test
  void theWebSocketRefusesEachRuleBreaker() {
    ruleBreakers()
        .forEach(
            (rule, token) -> {
              try (LiveTestClient client = LiveTestClient.connect(BASE_URL)) {
                client.send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
                assertThat(client.expect("auth_error").getString("message"))
                    .as(rule)
                    .isEqualTo("Invalid or expired token");
              }
            });
  }

  @Test
  void noTokenIsA401ProblemAskingForABearerToken() {
    for (HttpResponse<String> response :
        List.of(
            send(post("/api/auth/verify", "")),
            send(request("/api/games/1").DELETE()),
            send(post("/api/auth/verify", "").header("Authorization", "Basic YWRtaW46YWRtaW4=")))) {
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValue("Bearer realm=\"gamepicker\"");
      assertThat(object(response).getString("detail"))
          .isEqualTo("A valid bearer token is required; get one from POST /api/auth/login");
    }
  }

  @Test
  void publicEndpointsIgnoreABadToken() {
    HttpResponse<String> games =
        send(get("/api/games").header("Authorization", "Bearer not-a-token"));

    assertThat(games.statusCode()).isEqualTo(200);
  }

  @Test
  void refusedTokensAndTheKeysNeverReachTheLog() throws IOException {
    String almostValid = adminToken() + "x";
    assertThat(verify(almostValid).statusCode()).isEqualTo(401);
    String expired = ForgedTokens.signed(c -> c.setExpirationTime(ForgedTokens.inSeconds(-10)));
    assertThat(verify(expired).statusCode()).isEqualTo(401);
    try (LiveTestClient client = LiveTestClient.connect(BASE_URL)) {
      client.send("{\"type\":\"auth\",\"token\":\"" + almostValid + "\"}");
      client.expect("auth_error");
    }
    assertThat(send(post("/api/auth/login", "{\"key\":\"wrong-" + adminKey() + "\"}")).statusCode())
        .isEqualTo(401);
    String botToken =
        object(send(asAdmin(post("/api/tokens", "{\"name\":\"log check\",\"scopes\":[\"live\"]}"))))
            .getString("token");
    assertThat(send(get("/api/tokens").header("Authorization", "Bearer " + botToken)).statusCode())
        .isEqualTo(403);
    assertThat(verify(botToken + "x").statusCode()).isEqualTo(401);

    String log =
        Files.readString(Path.of(System.getProperty("it.server.dir"), "logs", "messages.log"));
    String signingKeyLine = ForgedTokens.signingKeyPem().lines().skip(1).findFirst().orElseThrow();
    assertThat(log)
        .doesNotContain(adminToken().split("\\.")[2])
        .doesNotContain(expired.split("\\.")[2])
        .doesNotContain(adminKey())
        .doesNotContain(signingKeyLine)
        .doesNotContain("gpb_")
        .doesNotContain("CWWKS5523E");
  }

  private static HttpResponse<String> verify(String token) {
    return send(post("/api/auth/verify", "").header("Authorization", "Bearer " + token));
  }
}
