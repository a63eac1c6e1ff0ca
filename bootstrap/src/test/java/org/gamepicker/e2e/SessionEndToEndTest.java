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

  /** Mints a bot token with these scopes as the admin; answers the 201's body (id, token, ...). */
  static JsonObject mintBotToken(String name, String... scopes) {
    String scopeList = String.join("\",\"", scopes);
    HttpResponse<String> minted =
        admin(
            post("/api/tokens", "{\"name\":\"" + name + "\",\"scopes\":[\"" + scopeList + "\"]}"));
    if (minted.statusCode() != 201) {
      throw new IllegalStateException("Mint failed: " + minted.statusCode() + " " + minted.body());
    }
    return object(minted);
  }

  /** Casts a live vote as a bot with the votes scope would; fails unless it is counted. */
  static void castLiveVote(String token, String user, String vote) {
    HttpResponse<String> counted =
        send(
            post("/api/votes/live", "{\"username\":\"" + user + "\",\"vote\":\"" + vote + "\"}")
                .header("Authorization", "Bearer " + token));
    if (counted.statusCode() != 200) {
      throw new AssertionError("Vote not counted: " + counted.statusCode() + " " + counted.body());
    }
  }

  /** Opens a poll among these games as the admin; answers the 201's body (the poll). */
  static JsonObject openPoll(long sessionId, long... gameIds) {
    String ids = java.util.Arrays.toString(gameIds);
    HttpResponse<String> opened =
        admin(
            post(
                "/api/sessions/" + sessionId + "/polls",
                "{\"game_ids\":" + ids + ",\"duration_seconds\":300}"));
    if (opened.statusCode() != 201) {
      throw new IllegalStateException("Poll failed: " + opened.statusCode() + " " + opened.body());
    }
    return object(opened);
  }

  /** Casts a viewer's ballot as the admin; fails unless it is counted. */
  static void castBallot(long pollId, String user, int choice) {
    HttpResponse<String> counted =
        admin(
            post(
                "/api/polls/" + pollId + "/ballots",
                "{\"username\":\"" + user + "\",\"choice\":" + choice + "}"));
    if (counted.statusCode() != 200) {
      throw new AssertionError(
          "Ballot not counted: " + counted.statusCode() + " " + counted.body());
    }
  }

  /** A game of the seeded catalog, by its position in the list. */
  static JsonObject catalogGame(int index) {
    List<JsonObject> games =
        json(send(get("/api/games"))).asJsonArray().getValuesAs(JsonObject.class);
    return games.get(index);
  }
}
