package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The picker over HTTP, on the seeded catalog. */
@RunAsClient
class PickerEndToEndIT extends EndToEndTest {

  private static final String PACK_3 = "The Jackbox Party Pack 3";

  private static HttpResponse<String> pick(String body) {
    return send(post("/api/pick", body));
  }

  @Test
  void everyPickFitsTheFilters() {
    long expectedPool =
        SeededCatalog.GAMES.stream()
            .filter(g -> g.pack().equals(PACK_3) && g.minPlayers() <= 7 && g.maxPlayers() >= 7)
            .filter(g -> !g.drawing())
            .count();
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> response =
          pick("{\"player_count\":7,\"drawing\":\"exclude\",\"packs\":[\"" + PACK_3 + "\"]}");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject body = object(response);
      JsonObject game = body.getJsonObject("game");
      assertThat(game.getString("pack_name")).isEqualTo(PACK_3);
      assertThat(game.getInt("min_players")).isLessThanOrEqualTo(7);
      assertThat(game.getInt("max_players")).isGreaterThanOrEqualTo(7);
      assertThat(game.getBoolean("drawing")).isFalse();
      assertThat(body.getInt("pool_size")).isEqualTo((int) expectedPool);
      assertThat(body.getInt("total_enabled")).isGreaterThanOrEqualTo(76);
    }
  }

  @Test
  void theAudienceFilterKeepsOnlyGamesWithOrWithoutAnAudience() {
    String pack = "The Jackbox Party Pack 2";
    for (boolean audience : new boolean[] {true, false}) {
      long expectedPool =
          SeededCatalog.GAMES.stream()
              .filter(g -> g.pack().equals(pack) && g.hasAudience() == audience)
              .count();
      JsonObject body =
          object(pick("{\"has_audience\":" + audience + ",\"packs\":[\"" + pack + "\"]}"));
      assertThat(body.getJsonObject("game").getBoolean("has_audience")).isEqualTo(audience);
      assertThat(body.getInt("pool_size")).isEqualTo((int) expectedPool).isPositive();
      String list = "/api/games?pack=" + pack.replace(" ", "%20") + "&has_audience=" + audience;
      assertThat(json(send(get(list))).asJsonArray()).hasSize((int) expectedPool);
    }
  }

  @Test
  void excludedIdsAreNeverPicked() {
    var pack3 =
        json(send(get("/api/games?pack=The%20Jackbox%20Party%20Pack%203"))).asJsonArray().stream()
            .map(JsonObject.class::cast)
            .toList();
    int kept = pack3.get(0).getInt("id");
    String excluded =
        pack3.stream()
            .skip(1)
            .map(g -> String.valueOf(g.getInt("id")))
            .collect(Collectors.joining(","));
    for (int i = 0; i < 10; i++) {
      JsonObject body =
          object(pick("{\"packs\":[\"" + PACK_3 + "\"],\"exclude_ids\":[" + excluded + "]}"));
      assertThat(body.getJsonObject("game").getInt("id")).isEqualTo(kept);
      assertThat(body.getInt("pool_size")).isEqualTo(1);
    }
  }

  @Test
  void whenNothingFitsTheAnswerNamesTheFilter() {
    HttpResponse<String> response = pick("{\"player_count\":1000}");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(object(response).getString("error")).contains("player_count=1000");

    HttpResponse<String> drawing = pick("{\"packs\":[\"Quiplash\"],\"drawing\":\"only\"}");
    assertThat(drawing.statusCode()).isEqualTo(404);
    assertThat(object(drawing).getString("error")).contains("drawing=only");
  }

  @Test
  void badFiltersAre400NamingTheField() {
    assertThat(object(pick("{\"drawing\":\"maybe\"}")).getString("error")).contains("drawing");
    assertThat(pick("{\"length\":\"huge\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> noSession = pick("{\"exclude_played\":true}");
    assertThat(noSession.statusCode()).isEqualTo(400);
    assertThat(object(noSession).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("session_id");
    assertThat(pick("{\"player_count\":0}").statusCode()).isEqualTo(400);
  }

  @Test
  void noFiltersPicksAnyEnabledGame() {
    HttpResponse<String> response = send(post("/api/pick", "{}"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(object(response).getJsonObject("game").getBoolean("enabled")).isTrue();
  }
}
