package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** A clumsy or hostile client gets a 400 that says what to fix, and the server keeps nothing. */
@RunAsClient
class BadInputEndToEndIT extends EndToEndTest {

  @Test
  void truncatedBodiesAreAnsweredAtOnceAndLeaveTheServerResponsive() {
    String[] truncated = {"{\"a\":{\"a\":", "{\"a\":[1,"};
    for (int round = 0; round < 4; round++) {
      for (String body : truncated) {
        for (String path : new String[] {"/api/auth/login", "/api/pick"}) {
          HttpResponse<String> answer = send(post(path, body).timeout(Duration.ofSeconds(2)));

          assertThat(answer.statusCode()).as(path + " " + body).isEqualTo(400);
          assertThat(object(answer).getString("detail")).startsWith("Malformed JSON body");
        }
      }
    }

    HttpResponse<String> ready = send(get("/health/ready").timeout(Duration.ofSeconds(2)));
    assertThat(ready.statusCode()).isEqualTo(200);
  }

  @Test
  void aNulCharacterIsA400NamingWhereItIsAndNothingIsStored() {
    HttpResponse<String> query = send(get("/api/votes?username=a%00b"));
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(object(query).getString("detail"))
        .isEqualTo("Query parameter username contains the NUL character (%00); remove it");

    HttpResponse<String> created =
        send(
            asAdmin(
                post(
                        "/api/games",
                        "{\"pack_name\":\"Bad Input Pack\",\"title\":\"Nul\\u0000Title\","
                            + "\"min_players\":2,\"max_players\":8}")
                    .timeout(Duration.ofSeconds(2))));
    assertThat(created.statusCode()).isEqualTo(400);
    assertThat(object(created).getString("detail"))
        .isEqualTo("title contains the NUL character (\\u0000); remove it");
    assertThat(send(get("/api/games?q=Nul")).body()).isEqualTo("[]");
  }

  @Test
  void anIdThatIsNoNumberIsA400NamingItWhileAnUnknownIdStaysA404() {
    for (String id : new String[] {"abc", "99999999999999999999", "1.5"}) {
      HttpResponse<String> answer = send(get("/api/games/" + id));

      assertThat(answer.statusCode()).as(id).isEqualTo(400);
      assertThat(object(answer).getString("detail"))
          .isEqualTo("id must be a whole number from 1 to 9223372036854775807");
    }
    assertThat(send(get("/api/games/999999")).statusCode()).isEqualTo(404);
    assertThat(send(get("/api/votes?session_id=x")).statusCode()).isEqualTo(400);
  }

  @Test
  void aResumePastTheNewestEventIsRefusedSoABotNeverSkipsEvents() {
    try (LiveTestClient live = LiveTestClient.authenticated(BASE_URL, adminToken())) {
      live.send("{\"type\":\"resume\",\"lastEventId\":99999999}");

      assertThat(live.expect("error").getString("message"))
          .startsWith("lastEventId 99999999 is past the newest event (");
      assertThat(live.drainUntilPong()).isEmpty();
    }
  }

  @Test
  void anOversizedLiveMessageClosesTheConnectionWith1009() throws Exception {
    try (LiveTestClient live = LiveTestClient.connect(BASE_URL)) {
      live.send("{\"type\":\"auth\",\"token\":\"" + "x".repeat(100 * 1024) + "\"}");

      assertThat(live.awaitClose(Duration.ofSeconds(10))).isEqualTo(1009);
    }
  }

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
  void aYesNoFieldTakesOnlyTrueOrFalse() {
    for (String value : new String[] {"\"yes\"", "\"true\"", "1"}) {
      HttpResponse<String> created =
          send(
              asAdmin(
                  post(
                      "/api/games",
                      "{\"pack_name\":\"Bad Input Pack\",\"title\":\"Yes Man\","
                          + "\"min_players\":2,\"max_players\":8,\"family_friendly\":"
                          + value
                          + "}")));

      assertFieldProblem(created, "family_friendly", "family_friendly must be true or false");
    }
    assertThat(send(get("/api/games?q=Yes%20Man")).body()).isEqualTo("[]");
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
