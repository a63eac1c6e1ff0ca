package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Every create answers 201 with a {@code Location} that a {@code GET} (as the admin) answers with
 * the thing just created, as docs/api/README.md promises.
 */
@RunAsClient
class LocationsEndToEndIT extends SessionEndToEndTest {

  @Test
  void theLocationOfEveryCreateCanBeFetched() {
    HttpResponse<String> active = send(get("/api/sessions/active"));
    if (active.statusCode() == 200) {
      closeSession(object(active).getJsonNumber("id").longValue());
    }
    long sessionId = fetchesWhatWasCreated(post("/api/sessions", "{\"notes\":\"Locations\"}"));
    long gameId = catalogGame(0).getJsonNumber("id").longValue();
    fetchesWhatWasCreated(
        post("/api/sessions/" + sessionId + "/games", "{\"game_id\":" + gameId + "}"));
    closeSession(sessionId);

    long tokenId =
        fetchesWhatWasCreated(post("/api/tokens", "{\"name\":\"bot\",\"scopes\":[\"live\"]}"));
    long webhookId =
        fetchesWhatWasCreated(
            post(
                "/api/webhooks",
                "{\"name\":\"locations\",\"url\":\"https://example.com/hook\","
                    + "\"events\":[\"session.ended\"]}"));
    long catalogId =
        fetchesWhatWasCreated(
            post(
                "/api/games",
                "{\"pack_name\":\"Locations Pack\",\"title\":\"Locations Game\","
                    + "\"min_players\":2,\"max_players\":6}"));

    for (String created :
        new String[] {
          "/api/tokens/" + tokenId, "/api/webhooks/" + webhookId, "/api/games/" + catalogId
        }) {
      assertThat(admin(request(created).DELETE()).statusCode()).as(created).isEqualTo(204);
    }
  }

  @Test
  void anUnknownSessionGameOrTokenIsAProblem404() {
    long sessionId = startFreshSession("Locations 404").getJsonNumber("id").longValue();
    try {
      for (String unknown :
          new String[] {"/api/sessions/" + sessionId + "/games/999999", "/api/tokens/999999"}) {
        HttpResponse<String> response = admin(get(unknown));
        assertThat(response.statusCode()).as(unknown).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(object(response).getString("detail")).contains("999999");
      }
    } finally {
      closeSession(sessionId);
    }
  }

  /** Sends the create, then GETs its Location; returns the id both answers agree on. */
  private static long fetchesWhatWasCreated(HttpRequest.Builder create) {
    HttpResponse<String> created = admin(create);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject body = object(created);
    String location =
        created.headers().firstValue("Location").orElseThrow(() -> new AssertionError("Location"));

    HttpResponse<String> fetched = admin(get(URI.create(location).getPath()));

    assertThat(fetched.statusCode()).as("GET %s: %s", location, fetched.body()).isEqualTo(200);
    assertThat(object(fetched).getJsonNumber("id")).isEqualTo(body.getJsonNumber("id"));
    return body.getJsonNumber("id").longValue();
  }
}
