package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gamepicker.contract.AsyncApiDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The server serves docs/asyncapi.yaml at /asyncapi, and every message a real WebSocket client gets
 * during a game night (replies, errors and each event type) validates against its schema there.
 */
@RunAsClient
class AsyncApiEndToEndIT extends SessionEndToEndTest {

  private static final Path COMMITTED =
      Path.of(System.getProperty("docs.dir", "../docs")).resolve("asyncapi.yaml");
  private static final AsyncApiDocument ASYNCAPI = AsyncApiDocument.committed();

  private static final String OPT_IN =
      "[\"game.status_changed\",\"game.removed\",\"game.room_code_changed\",\"session.deleted\","
          + "\"poll.started\",\"poll.tally\",\"poll.ended\","
          + "\"catalog.game_created\",\"catalog.game_updated\",\"catalog.game_deleted\"]";

  private final List<JsonObject> received = new ArrayList<>();

  @Test
  void theServerServesTheCommittedDescriptionAsYamlAndAsJson() throws IOException {
    HttpResponse<String> yaml = send(get("/asyncapi"));
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/yaml"));
    assertThat(yaml.body()).isEqualTo(Files.readString(COMMITTED));

    HttpResponse<String> json = send(get("/asyncapi?format=json"));
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(JsonMapper.builder().build().readTree(json.body()))
        .isEqualTo(YAMLMapper.builder().build().readTree(yaml.body()));
    assertThat(object(json).getString("asyncapi")).isEqualTo("3.0.0");

    HttpResponse<String> accepted = send(get("/asyncapi").header("Accept", "application/json"));
    assertThat(accepted.body()).isEqualTo(json.body());

    HttpResponse<String> xml = send(get("/asyncapi?format=xml"));
    assertThat(xml.statusCode()).isEqualTo(400);
    assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(object(xml).getString("detail")).isEqualTo("format must be yaml or json");
  }

  @Test
  void everyMessageTheLiveEndpointSendsMatchesItsSchema() {
    try (LiveTestClient bot = LiveTestClient.connect(BASE_URL)) {
      bot.send("{\"type\":\"ping\"}");
      await(bot, "pong");
      bot.send("{not json");
      await(bot, "error");
      bot.send("{\"type\":\"subscribe\",\"sessionId\":1}");
      await(bot, "error");
      bot.send("{\"type\":\"auth\",\"token\":\"not-a-token\"}");
      await(bot, "auth_error");
      bot.send("{\"type\":\"auth\",\"token\":\"" + token() + "\"}");
      await(bot, "auth_success");

      long sessionId = startFreshSession("AsyncAPI night").getJsonNumber("id").longValue();
      long startedId = await(bot, "session.started").getJsonNumber("id").longValue();
      bot.send(
          "{\"type\":\"subscribe\",\"sessionId\":" + sessionId + ",\"events\":" + OPT_IN + "}");
      await(bot, "subscribed");
      String play =
          "/api/sessions/"
              + sessionId
              + "/games/"
              + addGame(sessionId, catalogGame(0).getJsonNumber("id").longValue(), null)
                  .getJsonNumber("id");
      await(bot, "game.added");
      assertStatus(admin(post("/api/votes/live", "{\"username\":\"alice\",\"vote\":\"up\"}")), 200);
      await(bot, "vote.received");
      HttpResponse<String> poll =
          admin(
              post(
                  "/api/sessions/" + sessionId + "/polls",
                  "{\"game_ids\":["
                      + catalogGame(1).getJsonNumber("id")
                      + ","
                      + catalogGame(2).getJsonNumber("id")
                      + "],\"duration_seconds\":60}"));
      assertStatus(poll, 201);
      await(bot, "poll.started");
      String pollPath = "/api/polls/" + object(poll).getJsonNumber("id");
      assertStatus(
          admin(post(pollPath + "/ballots", "{\"username\":\"alice\",\"choice\":2}")), 200);
      await(bot, "poll.tally");
      assertStatus(admin(post(pollPath + "/close", "{\"play\":false}")), 200);
      await(bot, "poll.ended");
      assertStatus(admin(withJson("PATCH", play + "/room-code", "{\"room_code\":\"WXYZ\"}")), 200);
      await(bot, "game.room_code_changed");
      assertStatus(admin(withJson("PATCH", play + "/status", "{\"status\":\"played\"}")), 200);
      await(bot, "game.status_changed");
      assertStatus(admin(request(play).DELETE()), 204);
      await(bot, "game.removed");
      closeSession(sessionId);
      await(bot, "session.ended");
      assertStatus(admin(request("/api/sessions/" + sessionId).DELETE()), 204);
      await(bot, "session.deleted");

      String game =
          "/api/games/"
              + object(
                      admin(
                          post(
                              "/api/games",
                              "{\"pack_name\":\"AsyncAPI Pack\",\"title\":\"Schema Quiz\","
                                  + "\"min_players\":2,\"max_players\":6}")))
                  .getJsonNumber("id");
      await(bot, "catalog.game_created");
      assertStatus(admin(withJson("PATCH", game + "/toggle", "")), 200);
      await(bot, "catalog.game_updated");
      assertStatus(admin(request(game).DELETE()), 204);
      await(bot, "catalog.game_deleted");

      bot.send("{\"type\":\"unsubscribe\",\"sessionId\":" + sessionId + "}");
      await(bot, "unsubscribed");
      bot.send("{\"type\":\"resume\",\"lastEventId\":" + startedId + ",\"sessionIds\":[]}");
      await(bot, "resumed");
      bot.send("{\"type\":\"subscribe\",\"sessionId\":987654321}");
      await(bot, "error");
    }

    // resume_expired needs events pruned by retention: RetentionIT checks it against its schema
    assertThat(received.stream().map(message -> message.getString("type")))
        .as("every message the server sends was seen")
        .containsAll(
            ASYNCAPI.serverMessageNames().stream()
                .filter(name -> !name.equals("resume_expired"))
                .toList());
    List<String> violations =
        received.stream()
            .flatMap(message -> ASYNCAPI.violations(message.toString()).stream())
            .collect(Collectors.toList());
    assertThat(violations).isEmpty();
  }

  /** Reads messages, keeping each, up to and including the next one of this type. */
  private JsonObject await(LiveTestClient bot, String type) {
    for (JsonObject message = bot.next(); ; message = bot.next()) {
      received.add(message);
      if (type.equals(message.getString("type", null))) {
        return message;
      }
    }
  }

  private static void assertStatus(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }
}
