package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gamepicker.e2e.SeededCatalog.SeededGame;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * The catalog over HTTP: the seeded real catalog, its filters, editing games and packs, CSV export
 * and import. Tests that change the catalog work on games they create and delete them again.
 */
@RunAsClient
class CatalogEndToEndIT extends EndToEndTest {

  private static JsonArray games(String query) {
    HttpResponse<String> response = send(get("/api/games" + query));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).asJsonArray();
  }

  /** The seeded games (pack / title) the filter returns, ignoring games other tests added. */
  private static Set<String> seededKeys(String query) {
    Set<String> seededPacks = SeededCatalog.packs();
    return games(query).stream()
        .map(JsonObject.class::cast)
        .filter(g -> seededPacks.contains(g.getString("pack_name")))
        .map(g -> g.getString("pack_name") + " / " + g.getString("title"))
        .collect(Collectors.toSet());
  }

  private static void assertFilter(String query, Predicate<SeededGame> expected) {
    assertThat(seededKeys(query)).as(query).isEqualTo(SeededCatalog.keysWhere(expected));
  }

  private static String gameJson(String pack, String title, int min, int max) {
    return "{\"pack_name\":\""
        + pack
        + "\",\"title\":\""
        + title
        + "\",\"min_players\":"
        + min
        + ",\"max_players\":"
        + max
        + ",\"length_minutes\":20,\"has_audience\":true,\"family_friendly\":true,"
        + "\"game_type\":\"Drawing\",\"drawing\":true}";
  }

  private static JsonObject create(String pack, String title) {
    HttpResponse<String> created = send(asAdmin(post("/api/games", gameJson(pack, title, 2, 6))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created);
  }

  private static void delete(JsonObject game) {
    assertThat(send(asAdmin(request("/api/games/" + game.getInt("id")).DELETE())).statusCode())
        .isEqualTo(204);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void aFreshServerListsTheWholeRealCatalog() {
    assertThat(SeededCatalog.GAMES).hasSize(76);
    assertThat(seededKeys("")).containsAll(SeededCatalog.keysWhere(g -> true));
    JsonObject teeKo =
        games("?q=" + encode("Tee K.O.")).stream()
            .map(JsonObject.class::cast)
            .filter(g -> g.getString("pack_name").equals("The Jackbox Party Pack 3"))
            .findFirst()
            .orElseThrow();
    assertThat(teeKo.getInt("min_players")).isEqualTo(3);
    assertThat(teeKo.getInt("max_players")).isEqualTo(8);
    assertThat(teeKo.getInt("length_minutes")).isEqualTo(30);
    assertThat(teeKo.getBoolean("drawing")).isTrue();
    assertThat(teeKo.getString("game_type")).isEqualTo("Drawing");
    assertThat(teeKo.getBoolean("enabled")).isTrue();
    assertThat(teeKo.getString("created_at"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    JsonObject drawful = object(send(get("/api/games/" + teeKo.getInt("id"))));
    assertThat(drawful.getString("title")).isEqualTo("Tee K.O.");
    assertThat(send(get("/api/games/999999")).statusCode()).isEqualTo(404);
  }

  @Test
  void everyFilterReturnsExactlyTheMatchingSeededGames() {
    assertFilter("?player_count=10", g -> g.minPlayers() <= 10 && g.maxPlayers() >= 10);
    assertFilter("?drawing=only", SeededGame::drawing);
    assertFilter("?drawing=exclude", g -> !g.drawing());
    assertFilter("?length=short", g -> g.lengthMinutes() != null && g.lengthMinutes() <= 15);
    assertFilter(
        "?length=medium",
        g -> g.lengthMinutes() != null && g.lengthMinutes() > 15 && g.lengthMinutes() <= 25);
    assertFilter("?length=long", g -> g.lengthMinutes() != null && g.lengthMinutes() > 25);
    assertFilter("?family_friendly=true", SeededGame::familyFriendly);
    assertFilter("?game_type=trivia", g -> g.gameType().equalsIgnoreCase("Trivia"));
    assertFilter("?q=QUIPLASH", g -> g.title().toLowerCase().contains("quiplash"));
    assertFilter(
        "?pack=" + encode("The Jackbox Party Pack 3") + "&player_count=7&drawing=exclude",
        g ->
            g.pack().equals("The Jackbox Party Pack 3")
                && g.minPlayers() <= 7
                && g.maxPlayers() >= 7
                && !g.drawing());
    assertFilter("?enabled=true", g -> true);
  }

  @Test
  void badFilterValuesAre400NamingTheParameter() {
    for (String[] bad :
        new String[][] {
          {"player_count=abc", "player_count"},
          {"player_count=0", "player_count"},
          {"length=huge", "length"},
          {"drawing=maybe", "drawing"},
          {"enabled=yes", "enabled"},
          {"family_friendly=2", "family_friendly"}
        }) {
      HttpResponse<String> response = send(get("/api/games?" + bad[0]));
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(object(response).getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo(bad[1]);
    }
  }

  @Test
  void theHostCreatesReplacesTogglesFavoursAndDeletesAGame() {
    HttpResponse<String> created =
        send(asAdmin(post("/api/games", gameJson("E2E Pack", "E2E Doodle", 2, 6))));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject game = object(created);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/games/" + game.getInt("id"));
    assertThat(
            object(send(request(location.substring(location.indexOf("/api"))).GET()))
                .getString("title"))
        .isEqualTo("E2E Doodle");
    String path = "/api/games/" + game.getInt("id");
    try {
      assertThat(
              send(asAdmin(post("/api/games", gameJson("E2E Pack", "E2E Doodle", 1, 2))))
                  .statusCode())
          .isEqualTo(409);

      JsonObject replaced =
          object(send(asAdmin(withJson("PUT", path, gameJson("E2E Pack", "E2E Doodle 2", 3, 9)))));
      assertThat(replaced.getString("title")).isEqualTo("E2E Doodle 2");
      assertThat(replaced.getInt("max_players")).isEqualTo(9);

      JsonObject toggled = object(send(asAdmin(withJson("PATCH", path + "/toggle", ""))));
      assertThat(toggled.getBoolean("enabled")).isFalse();
      assertThat(games("?enabled=false&q=E2E%20Doodle")).hasSize(1);

      JsonObject favoured =
          object(send(asAdmin(withJson("PATCH", path + "/favor", "{\"favor_bias\":1}"))));
      assertThat(favoured.getInt("favor_bias")).isEqualTo(1);
      HttpResponse<String> badBias =
          send(asAdmin(withJson("PATCH", path + "/favor", "{\"favor_bias\":5}")));
      assertThat(badBias.statusCode()).isEqualTo(400);
      assertThat(object(badBias).getString("error")).contains("favor_bias");
    } finally {
      delete(game);
    }
    assertThat(send(get(path)).statusCode()).isEqualTo(404);
  }

  @Test
  void badBodiesAre400NamingTheField() {
    HttpResponse<String> noTitle =
        send(asAdmin(post("/api/games", gameJson("E2E Pack", " ", 2, 6))));
    assertThat(noTitle.statusCode()).isEqualTo(400);
    assertThat(object(noTitle).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("title");
    HttpResponse<String> upsideDown =
        send(asAdmin(post("/api/games", gameJson("E2E Pack", "E2E Upside", 6, 2))));
    assertThat(object(upsideDown).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("max_players");
    HttpResponse<String> noMin =
        send(
            asAdmin(post("/api/games", "{\"pack_name\":\"P\",\"title\":\"T\",\"max_players\":3}")));
    assertThat(object(noMin).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("min_players");
    assertThat(send(asAdmin(post("/api/games", "{not json"))).statusCode()).isEqualTo(400);
  }

  @Test
  void writesWithoutATokenAre401() {
    assertThat(send(post("/api/games", gameJson("E2E Pack", "E2E Anon", 2, 6))).statusCode())
        .isEqualTo(401);
    assertThat(send(withJson("PATCH", "/api/games/1/toggle", "")).statusCode()).isEqualTo(401);
    assertThat(send(request("/api/games/1").DELETE()).statusCode()).isEqualTo(401);
    assertThat(send(get("/api/games/export/csv")).statusCode()).isEqualTo(401);
    assertThat(
            send(withJson("PATCH", "/api/games/packs/Quiplash/toggle", "{\"enabled\":false}"))
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aPackIsToggledAndFavouredWithItsGames() {
    JsonObject first = create("E2E Toggle Pack", "E2E One");
    JsonObject second = create("E2E Toggle Pack", "E2E Two");
    String pack = "/api/games/packs/" + encode("E2E Toggle Pack");
    try {
      JsonObject off =
          object(send(asAdmin(withJson("PATCH", pack + "/toggle", "{\"enabled\":false}"))));
      assertThat(off.getBoolean("enabled")).isFalse();
      assertThat(off.getInt("game_count")).isEqualTo(2);
      assertThat(off.getInt("enabled_count")).isZero();
      assertThat(games("?pack=" + encode("E2E Toggle Pack") + "&enabled=true")).isEmpty();

      JsonObject favoured =
          object(send(asAdmin(withJson("PATCH", pack + "/favor", "{\"favor_bias\":-1}"))));
      assertThat(favoured.getInt("favor_bias")).isEqualTo(-1);
      JsonObject listed =
          json(send(get("/api/games/packs"))).asJsonArray().stream()
              .map(JsonObject.class::cast)
              .filter(p -> p.getString("name").equals("E2E Toggle Pack"))
              .findFirst()
              .orElseThrow();
      assertThat(listed.getBoolean("enabled")).isFalse();
      assertThat(listed.getInt("favor_bias")).isEqualTo(-1);

      assertThat(send(asAdmin(withJson("PATCH", pack + "/toggle", "{}"))).statusCode())
          .isEqualTo(400);
      assertThat(
              send(asAdmin(withJson("PATCH", "/api/games/packs/nope/toggle", "{\"enabled\":true}")))
                  .statusCode())
          .isEqualTo(404);
    } finally {
      delete(first);
      delete(second);
    }
  }

  @Test
  void exportThenReplaceImportGivesTheSameCsv() {
    HttpResponse<String> export = send(asAdmin(get("/api/games/export/csv")));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(export.body())
        .startsWith(
            "pack_name,title,min_players,max_players,length_minutes,has_audience,"
                + "family_friendly,game_type,drawing,enabled,favor_bias");
    assertThat(export.body())
        .contains("The Jackbox Party Pack 3,Tee K.O.,3,8,30,true,true,Drawing,true,true,0");

    HttpResponse<String> imported =
        send(asAdmin(postCsv("/api/games/import/csv?mode=replace", export.body())));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(object(imported).getInt("imported")).isZero();
    assertThat(object(imported).getInt("removed")).isZero();
    assertThat(object(imported).getInt("updated")).isGreaterThanOrEqualTo(76);

    assertThat(send(asAdmin(get("/api/games/export/csv"))).body()).isEqualTo(export.body());
  }

  @Test
  void aCsvWithABadRowIsRejectedWithItsLineAndChangesNothing() {
    String csv =
        "pack_name,title,min_players,max_players,length_minutes,drawing\n"
            + "E2E Import Pack,E2E Good,2,6,15-20,false\n"
            + "E2E Import Pack,E2E Bad,two,6,15,false\n";
    HttpResponse<String> rejected =
        send(
            asAdmin(
                post(
                    "/api/games/import/csv",
                    "{\"csv_data\":" + jsonString(csv) + ",\"mode\":\"append\"}")));
    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(rejected.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject error = object(rejected).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getInt("line")).isEqualTo(3);
    assertThat(error.getString("message")).contains("min_players");
    assertThat(games("?q=E2E%20Good")).isEmpty();

    HttpResponse<String> skipped =
        send(asAdmin(postCsv("/api/games/import/csv?skip_invalid=true", csv)));
    assertThat(skipped.statusCode()).as(skipped.body()).isEqualTo(200);
    assertThat(object(skipped).getInt("imported")).isEqualTo(1);
    assertThat(object(skipped).getInt("skipped")).isEqualTo(1);
    assertThat(object(skipped).getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(3);
    JsonObject good = games("?q=E2E%20Good").getJsonObject(0);
    assertThat(good.getInt("length_minutes")).isEqualTo(18);
    delete(good);
  }

  private static String jsonString(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
