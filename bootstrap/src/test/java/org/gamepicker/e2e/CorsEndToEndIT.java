package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * A page on an origin listed in CORS_ORIGINS (the test server lists https://dashboard.example) may
 * call the API from a browser; any other origin may not.
 */
@RunAsClient
class CorsEndToEndIT extends EndToEndTest {

  private static final String LISTED = "https://dashboard.example";

  private static HttpResponse<String> preflight(String origin, String method) {
    return send(
        request("/api/sessions")
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
  }

  @Test
  void aListedOriginsPreflightIsAllowedWithoutAToken() {
    HttpResponse<String> answer = preflight(LISTED, "POST");

    assertThat(answer.statusCode()).isEqualTo(204);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("POST");
    assertThat(answer.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("authorization");
  }

  @Test
  void anotherOriginsPreflightIsRefusedSayingWhatToSet() {
    HttpResponse<String> answer = preflight("https://elsewhere.example", "POST");

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(object(answer).getString("detail")).contains("CORS_ORIGINS");
  }

  @Test
  void answersIncludingErrorsAreReadableByTheListedOriginOnly() {
    HttpResponse<String> listed = send(get("/api/games/packs").header("Origin", LISTED));
    HttpResponse<String> other =
        send(get("/api/games/packs").header("Origin", "https://elsewhere.example"));
    HttpResponse<String> refused = send(get("/api/tokens").header("Origin", LISTED));

    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
  }
}
