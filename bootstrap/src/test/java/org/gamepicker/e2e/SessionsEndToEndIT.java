package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/** The Sessions REST API as a host and a bot use it, against a real server and database. */
@RunAsClient
class SessionsEndToEndIT extends SessionEndToEndTest {

  @Test
  void aGameNightFromStartToExport() {
    JsonObject session = startFreshSession("Friday Game Night");
    long id = session.getJsonNumber("id").longValue();
    assertThat(session.getString("notes")).isEqualTo("Friday Game Night");
    assertThat(session.getInt("is_active")).isEqualTo(1);
    assertThat(session.getString("created_at")).matches(TIMESTAMP);
    assertThat(session.isNull("closed_at")).isTrue();
    assertThat(session.getInt("games_played")).isZero();

    JsonObject quiplash = catalogGame(3);
    int playsBefore = quiplash.getInt("play_count");
    JsonObject first = addGame(id, quiplash.getJsonNumber("id").longValue(), "abcd");
    assertThat(first.getString("status")).isEqualTo("playing");
    assertThat(first.getString("room_code")).isEqualTo("ABCD");
    assertThat(first.getString("title")).isEqualTo(quiplash.getString("title"));
    assertThat(first.getString("pack_name")).isEqualTo(quiplash.getString("pack_name"));
    assertThat(first.getBoolean("manually_added")).isFalse();
    assertThat(first.getString("played_at")).matches(TIMESTAMP);
    JsonObject second = addGame(id, catalogGame(4).getJsonNumber("id").longValue(), null);

    JsonObject replayed = object(send(get("/api/games/" + quiplash.getJsonNumber("id"))));
    assertThat(replayed.getInt("play_count")).isEqualTo(playsBefore + 1);

    List<JsonObject> games =
        json(send(get("/api/sessions/" + id + "/games")))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(games).extracting(g -> g.getString("status")).containsExactly("played", "playing");
    assertThat(games).extracting(g -> g.getJsonNumber("session_id").longValue()).containsOnly(id);

    String gamePath = "/api/sessions/" + id + "/games/" + second.getJsonNumber("id");
    assertThat(
            object(admin(withJson("PATCH", gamePath + "/room-code", "{\"room_code\":\"wxyz\"}")))
                .getString("room_code"))
        .isEqualTo("WXYZ");
    assertThat(
            admin(withJson("PATCH", gamePath + "/room-code", "{\"room_code\":\"AB1\"}"))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            object(admin(withJson("PATCH", gamePath + "/player-count", "{\"player_count\":6}")))
                .getInt("player_count"))
        .isEqualTo(6);
    assertThat(
            admin(withJson("PATCH", gamePath + "/player-count", "{\"player_count\":0}"))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            admin(withJson("PATCH", gamePath + "/status", "{\"status\":\"paused\"}")).statusCode())
        .isEqualTo(400);
    assertThat(
            object(
                    admin(
                        withJson(
                            "PATCH",
                            "/api/sessions/" + id + "/notes",
                            "{\"notes\":\"Late night\"}")))
                .getString("notes"))
        .isEqualTo("Late night");

    JsonObject active = object(send(get("/api/sessions/active")));
    assertThat(active.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(active.getJsonArray("games")).hasSize(2);

    JsonObject closed = closeSession(id);
    assertThat(closed.getInt("is_active")).isZero();
    assertThat(closed.getString("closed_at")).matches(TIMESTAMP);
    assertThat(closed.getInt("games_played")).isEqualTo(2);
    assertThat(send(get("/api/sessions/active")).statusCode()).isEqualTo(404);
    JsonObject afterClose = object(send(get("/api/sessions/" + id)));
    assertThat(afterClose.getJsonArray("games").getValuesAs(JsonObject.class))
        .extracting(g -> g.getString("status"))
        .containsExactly("played", "played");

    HttpResponse<String> export = admin(get("/api/sessions/" + id + "/export"));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(object(export).getJsonObject("session").getString("notes")).isEqualTo("Late night");
    assertThat(object(export).getJsonArray("games")).hasSize(2);
    assertThat(object(export).getJsonArray("votes")).isEmpty();
    HttpResponse<String> text = admin(get("/api/sessions/" + id + "/export?format=txt"));
    assertThat(text.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(text.body())
        .contains("Game night #" + id)
        .contains("Notes: Late night")
        .contains("Games played: 2")
        .contains("1. " + quiplash.getString("title"))
        .contains("room WXYZ, 6 players");
  }

  @Test
  void conflictsAndMissingThingsAreProblems() {
    long id = startFreshSession(null).getJsonNumber("id").longValue();
    assertThat(object(send(get("/api/sessions/" + id))).get("notes")).isEqualTo(JsonValue.NULL);

    HttpResponse<String> second = admin(post("/api/sessions", "{\"notes\":\"two\"}"));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(admin(request("/api/sessions/" + id).DELETE()).statusCode()).isEqualTo(409);
    assertThat(admin(post("/api/sessions/" + id + "/games", "{\"game_id\":999999}")).statusCode())
        .isEqualTo(404);
    assertThat(admin(post("/api/sessions/" + id + "/games", "{}")).statusCode()).isEqualTo(400);
    assertThat(admin(post("/api/sessions/" + id + "/games", "{not json")).statusCode())
        .isEqualTo(400);
    assertThat(send(post("/api/sessions/" + id + "/games", "{\"game_id\":1}")).statusCode())
        .isEqualTo(401);
    assertThat(send(get("/api/sessions/99999999")).statusCode()).isEqualTo(404);

    closeSession(id);
    assertThat(admin(post("/api/sessions/" + id + "/close", "")).statusCode()).isEqualTo(409);
    assertThat(admin(post("/api/sessions/" + id + "/games", "{\"game_id\":1}")).statusCode())
        .isEqualTo(409);
    assertThat(admin(request("/api/sessions/" + id).DELETE()).statusCode()).isEqualTo(204);
    assertThat(send(get("/api/sessions/" + id)).statusCode()).isEqualTo(404);
  }

  @Test
  void sessionsAreListedNewestFirstWithGamesPlayed() {
    long older = startFreshSession("older").getJsonNumber("id").longValue();
    addGame(older, catalogGame(0).getJsonNumber("id").longValue(), null);
    long newer = startFreshSession("newer").getJsonNumber("id").longValue();

    List<JsonObject> list =
        json(send(get("/api/sessions"))).asJsonArray().getValuesAs(JsonObject.class);
    List<Long> ids = list.stream().map(s -> s.getJsonNumber("id").longValue()).toList();
    assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
    JsonObject olderJson = list.get(ids.indexOf(older));
    assertThat(olderJson.getInt("games_played")).isEqualTo(1);
    assertThat(olderJson.getInt("is_active")).isZero();
    assertThat(list.get(ids.indexOf(newer)).getInt("is_active")).isEqualTo(1);
  }

  @Test
  void concurrentCreatesLeaveExactlyOneActiveSession() {
    HttpResponse<String> active = send(get("/api/sessions/active"));
    if (active.statusCode() == 200) {
      closeSession(object(active).getJsonNumber("id").longValue());
    }
    String auth = "Bearer " + token();
    List<CompletableFuture<HttpResponse<String>>> creates =
        IntStream.range(0, 8)
            .mapToObj(
                i ->
                    HTTP.sendAsync(
                        post("/api/sessions", "{\"notes\":\"race " + i + "\"}")
                            .header("Authorization", auth)
                            .build(),
                        HttpResponse.BodyHandlers.ofString()))
            .toList();
    List<Integer> statuses = creates.stream().map(f -> f.join().statusCode()).toList();

    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
  }

  @Test
  void thePickerSkipsGamesAlreadyPlayedInTheSession() {
    String pack = "The Jackbox Party Pack 3";
    List<JsonObject> packGames =
        json(send(get("/api/games?pack=The%20Jackbox%20Party%20Pack%203")))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    long sessionId = startFreshSession("Picker night").getJsonNumber("id").longValue();
    packGames.stream()
        .skip(1)
        .forEach(game -> addGame(sessionId, game.getJsonNumber("id").longValue(), null));
    String filters = "{\"packs\":[\"" + pack + "\"],\"session_id\":" + sessionId;

    for (int i = 0; i < 10; i++) {
      HttpResponse<String> pick = send(post("/api/pick", filters + ",\"exclude_played\":true}"));
      assertThat(pick.statusCode()).as(pick.body()).isEqualTo(200);
      assertThat(object(pick).getJsonObject("game").getInt("id"))
          .isEqualTo(packGames.get(0).getInt("id"));
      assertThat(object(pick).getInt("pool_size")).isEqualTo(1);
    }
    HttpResponse<String> withoutExclusion = send(post("/api/pick", filters + "}"));
    assertThat(object(withoutExclusion).getInt("pool_size")).isEqualTo(packGames.size());

    HttpResponse<String> unknown =
        send(post("/api/pick", "{\"session_id\":999999,\"exclude_played\":true}"));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(object(unknown).getString("error")).contains("999999");
    closeSession(sessionId);
  }
}
