package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** A clumsy or hostile client gets a 400 that says what to fix, and the server keeps nothing. */
@RunAsClient
class BadInputEndToEndIT extends EndToEndTest {

  @Test
  void aValueOfTheWrongTypeIsA400NamingTheFieldAndNothingIsCreated() {
    HttpResponse<String> created =
        send(
            asAdmin(
                post(
                    "/api/games",
                    "{\"pack_name\":\"Bad Input Pack\",\"title\":\"Typed Wrong\","
                        + "\"min_players\":\"ten\",\"max_players\":8}")));

    assertFieldProblem(created, "min_players", "min_players must be a whole number");
    assertThat(send(get("/api/games?q=Typed%20Wrong")).body()).isEqualTo("[]");
  }

  @Test
  void wrongTypesInsideListsAndPatchesAreA400NotA500() {
    assertFieldProblem(
        send(post("/api/pick", "{\"exclude_ids\":[1,\"x\"]}")),
        "exclude_ids",
        "exclude_ids must be a whole number");
    assertFieldProblem(
        send(post("/api/pick", "{\"packs\":\"Party Pack 1\"}")),
        "packs",
        "packs must be a JSON array");
    assertFieldProblem(
        send(asAdmin(withJson("PATCH", "/api/games/1/favor", "{\"favor_bias\":\"up\"}"))),
        "favor_bias",
        "favor_bias must be a whole number");
  }

  @Test
  void anArrayWhereAnObjectBelongsSaysSoWithoutJavaNames() {
    assertFieldProblem(
        send(asAdmin(post("/api/sessions", "[]"))), "body", "body must be a JSON object");
  }

  @Test
  void theLiveSocketAnswersBinaryFramesAndOversizedIdsWithAnErrorAndStaysOpen() {
    try (LiveTestClient live = LiveTestClient.authenticated(BASE_URL, adminToken())) {
      live.sendBinary("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));
      assertThat(live.expect("error").getString("message")).contains("text frame");

      live.send("{\"type\":\"subscribe\",\"sessionId\":99999999999999999999}");
      assertThat(live.expect("error").getString("message"))
          .isEqualTo("sessionId must be a session id number");

      live.send("{\"type\":\"resume\",\"lastEventId\":0,\"sessionIds\":[\"x\"]}");
      assertThat(live.expect("error").getString("message"))
          .isEqualTo("sessionIds must be an array of session ids");

      assertThat(live.drainUntilPong()).isEmpty();
    }
  }

  private static void assertFieldProblem(
      HttpResponse<String> response, String field, String message) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("java.").doesNotContain("org.gamepicker");
    JsonObject problem = object(response);
    assertThat(problem.getString("error")).isEqualTo(message);
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
  }
}
