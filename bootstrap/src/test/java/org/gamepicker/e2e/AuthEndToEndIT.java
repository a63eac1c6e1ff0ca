package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** Admin login and token verification over HTTP, as a bot or an admin would use them. */
@RunAsClient
class AuthEndToEndIT extends EndToEndTest {

  @Test
  void theGeneratedAdminKeyLogsInAndTheTokenVerifies() {
    HttpResponse<String> login = send(post("/api/auth/login", "{\"key\":\"" + adminKey() + "\"}"));
    assertThat(login.statusCode()).isEqualTo(200);
    String token = object(login).getString("token");
    assertThat(object(login).getString("expires_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    Instant expiresAt = Instant.parse(object(login).getString("expires_at"));
    assertThat(expiresAt).isAfter(Instant.now().plusSeconds(23 * 3600));

    HttpResponse<String> verify =
        send(post("/api/auth/verify", "").header("Authorization", "Bearer " + token));
    assertThat(verify.statusCode()).isEqualTo(200);
    assertThat(object(verify).getBoolean("valid")).isTrue();
    assertThat(object(verify).getJsonObject("user").getString("role")).isEqualTo("admin");
    assertThat(object(verify).getJsonObject("user").getString("expires_at"))
        .isEqualTo(object(login).getString("expires_at"));
  }

  @Test
  void aWrongKeyIsRefusedWithAProblem() {
    HttpResponse<String> login = send(post("/api/auth/login", "{\"key\":\"not-the-key\"}"));
    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(login.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(object(login).getString("error")).isEqualTo("Invalid admin key");
  }

  @Test
  void verifyWithoutATokenAsksForABearerToken() {
    assertBearerChallenge(send(post("/api/auth/verify", "")));
  }

  @Test
  void aForgedOrGarbledTokenIsRefused() {
    String[] parts = adminToken().split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    for (String token : new String[] {forged, "garbage"}) {
      assertBearerChallenge(
          send(post("/api/auth/verify", "").header("Authorization", "Bearer " + token)));
    }
  }

  private static void assertBearerChallenge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
  }
}
