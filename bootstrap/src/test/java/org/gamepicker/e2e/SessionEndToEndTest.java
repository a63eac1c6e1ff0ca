package org.gamepicker.e2e;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Helpers for end-to-end tests that drive sessions over the REST API. */
abstract class SessionEndToEndTest extends EndToEndTest {

  static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

  static String token() {
    return adminToken();
  }

  static HttpResponse<String> admin(java.net.http.HttpRequest.Builder request) {
    return send(request.header("Authorization", "Bearer " + token()));
  }

  /** Closes whatever session is active (other tests may have left one) and starts a new one. */
  static JsonObject startFreshSession(String notes) {
    HttpResponse<String> active = send(get("/api/sessions/active"));
    if (active.statusCode() == 200) {
      admin(post("/api/sessions/" + object(active).getJsonNumber("id") + "/close", ""));
    }
    String body = notes == null ? "{}" : "{\"notes\":\"" + notes + "\"}";
    HttpResponse<String> created = admin(post("/api/sessions", body));
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "Create failed: " + created.statusCode() + " " + created.body());
    }
    return object(created);
  }

  static JsonObject addGame(long sessionId, long gameId, String roomCode) {
    String code = roomCode == null ? "null" : "\"" + roomCode + "\"";
    HttpResponse<String> added =
        admin(
            post(
                "/api/sessions/" + sessionId + "/games",
                "{\"game_id\":" + gameId + ",\"room_code\":" + code + "}"));
    if (added.statusCode() != 201) {
      throw new IllegalStateException("Add failed: " + added.statusCode() + " " + added.body());
    }
    return object(added);
  }

  static JsonObject closeSession(long sessionId) {
    return object(admin(post("/api/sessions/" + sessionId + "/close", "")));
  }

  /** A game of the seeded catalog, by its position in the list. */
  static JsonObject catalogGame(int index) {
    List<JsonObject> games =
        json(send(get("/api/games"))).asJsonArray().getValuesAs(JsonObject.class);
    return games.get(index);
  }
}
