package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Starts the current code on the data a release wrote ({@code src/test/upgrade/<version>}, made by
 * {@code .ci/upgrade-fixture} when that release was cut): it must migrate that database, answer
 * what the release answered, replay the release's events to a resuming bot unchanged, and go on
 * writing after them.
 */
class UpgradeIT {

  private static final Path FIXTURES = Path.of(System.getProperty("it.upgrade.fixtures"));
  private static final int PORT = Integer.getInteger("it.http.port", 9680) + 11;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The fixture's events are as old as its release: a horizon that keeps them for a century. */
  private static final String KEEP_THE_RELEASES_EVENTS = "P36500D";

  private static final String SIGNING_SECRET = "fixture-webhook-secret";

  @TestFactory
  Stream<DynamicTest> theCurrentCodeReadsEachReleasesH2Database() {
    return releases("h2")
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    release(fixture),
                    () -> {
                      try (StandaloneServer server =
                          StandaloneServer.prepare("upgrade-h2", PORT)
                              .withDataFrom(fixture.resolve("data"))) {
                        server.start();
                        checkUpgraded(server, fixture);
                      }
                    }));
  }

  @TestFactory
  @EnabledIfSystemProperty(named = "it.db.kind", matches = "postgresql")
  Stream<DynamicTest> theCurrentCodeReadsEachReleasesPostgresqlDump() {
    return releases("postgresql")
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    release(fixture),
                    () -> {
                      String database = System.getProperty("it.upgrade.db.name");
                      FreshPostgresqlDatabase.emptySchema(database);
                      restore(fixture.resolve("dump.sql"), database);
                      try (StandaloneServer server =
                          StandaloneServer.prepare("upgrade-postgresql", PORT)
                              .withDataFrom(fixture.resolve("data"))
                              .withEnvironment("DB_KIND", "postgresql")
                              .withEnvironment("DB_HOST", System.getProperty("it.db.host"))
                              .withEnvironment("DB_PORT", System.getProperty("it.db.port"))
                              .withEnvironment("DB_NAME", database)
                              .withEnvironment("DB_USER", System.getProperty("it.db.user"))
                              .withEnvironment(
                                  "DB_PASSWORD", System.getProperty("it.db.password"))) {
                        server.start();
                        checkUpgraded(server, fixture);
                      }
                    }));
  }

  private static void checkUpgraded(StandaloneServer server, Path fixture) throws Exception {
    JsonObject expected = read(fixture.resolve("expected.json")).asJsonObject();
    String adminToken = server.adminToken();
    String botToken = Files.readString(fixture.resolve("bot-token.txt")).strip();

    for (String session : expected.getJsonObject("sessions").keySet()) {
      assertAnswersAsReleased(
          server,
          "/api/sessions/" + session,
          null,
          expected.getJsonObject("sessions").get(session));
      assertAnswersAsReleased(
          server,
          "/api/sessions/" + session + "/games",
          null,
          expected.getJsonObject("session_games").get(session));
    }
    assertAnswersAsReleased(server, "/api/votes?limit=100", null, expected.get("votes"));
    JsonObject poll = expected.getJsonObject("poll");
    assertAnswersAsReleased(server, "/api/polls/" + poll.getJsonNumber("id"), null, poll);
    assertAnswersAsReleased(server, "/api/stats", null, expected.get("stats"));
    assertAnswersAsReleased(server, "/api/games", null, expected.get("catalog"));
    assertAnswersAsReleased(
        server, "/api/games?pack=House%20Games", null, expected.get("house_games"));
    assertSameMembers(
        server,
        "/api/tokens",
        adminToken,
        expected.getJsonArray("tokens"),
        "id",
        "name",
        "scopes",
        "created_at");
    assertSameMembers(
        server,
        "/api/webhooks",
        adminToken,
        expected.getJsonArray("webhooks"),
        "id",
        "name",
        "url",
        "events",
        "enabled",
        "created_at");

    long lastEventId = 0;
    for (String session : expected.getJsonObject("replays").keySet()) {
      JsonArray released = expected.getJsonObject("replays").getJsonArray(session);
      assertThat(replay(server, botToken, Long.parseLong(session)))
          .as("what a bot resuming session %s from 0 receives", session)
          .isEqualTo(released);
      for (JsonValue event : released) {
        lastEventId = Math.max(lastEventId, event.asJsonObject().getJsonNumber("id").longValue());
      }
    }
    goesOnWriting(server, adminToken, botToken, expected, lastEventId);
  }

  /**
   * The bot token of the release still votes, a play added now gets a new id and an event after the
   * release's last, and the release's webhook still signs with its secret.
   */
  private static void goesOnWriting(
      StandaloneServer server,
      String adminToken,
      String botToken,
      JsonObject expected,
      long lastEventId)
      throws Exception {
    String running =
        expected.getJsonObject("sessions").entrySet().stream()
            .filter(session -> session.getValue().asJsonObject().getInt("is_active") == 1)
            .map(java.util.Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    try (LiveTestClient bot = LiveTestClient.authenticated(server.baseUrl(), botToken);
        WebhookReceiver receiver = new WebhookReceiver()) {
      bot.subscribe(Long.parseLong(running));
      JsonObject play =
          server.post(
              adminToken,
              "/api/sessions/" + running + "/games",
              "{\"game_id\": 10, \"room_code\": \"NEWR\"}",
              201);
      JsonObject added = bot.awaitEvent("game.added", Long.parseLong(running));
      assertThat(added.getJsonNumber("id").longValue()).isGreaterThan(lastEventId);
      assertThat(play.getJsonNumber("id").longValue())
          .isGreaterThan(maxId(expected.getJsonObject("session_games")));
      server.post(botToken, "/api/votes/live", "{\"username\": \"erin\", \"vote\": \"up\"}", 200);

      long webhook =
          expected.getJsonArray("webhooks").getJsonObject(0).getJsonNumber("id").longValue();
      send(
          server
              .authorized(adminToken, "/api/webhooks/" + webhook)
              .method(
                  "PATCH",
                  HttpRequest.BodyPublishers.ofString(
                      "{\"url\": \"" + receiver.url("/upgraded") + "\"}")),
          200);
      send(
          server
              .authorized(adminToken, "/api/webhooks/test/" + webhook)
              .POST(HttpRequest.BodyPublishers.noBody()),
          200);
      WebhookSignatures.assertSignedWith(SIGNING_SECRET, receiver.next("/upgraded"));
    }
  }

  /** Every member the release answered is answered the same now (new members may be added). */
  private static void assertAnswersAsReleased(
      StandaloneServer server, String path, String token, JsonValue released) throws Exception {
    HttpRequest.Builder request =
        token == null
            ? HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
            : server.authorized(token, path);
    JsonValue now = read(send(request.GET(), 200));
    assertThat(releasedPart(released, now)).as("GET %s", path).isEqualTo(released);
  }

  /** The listed members of each element, as the release answered them. */
  private static void assertSameMembers(
      StandaloneServer server, String path, String token, JsonArray released, String... members)
      throws Exception {
    JsonArray now = read(send(server.authorized(token, path).GET(), 200)).asJsonArray();
    assertThat(only(now, members)).as("GET %s", path).isEqualTo(only(released, members));
  }

  /** {@code now} cut down to the members {@code released} has, recursively. */
  private static JsonValue releasedPart(JsonValue released, JsonValue now) {
    if (released.getValueType() == JsonValue.ValueType.OBJECT
        && now.getValueType() == JsonValue.ValueType.OBJECT) {
      var part = Json.createObjectBuilder();
      released
          .asJsonObject()
          .forEach(
              (name, value) -> {
                if (now.asJsonObject().containsKey(name)) {
                  part.add(name, releasedPart(value, now.asJsonObject().get(name)));
                }
              });
      return part.build();
    }
    if (released.getValueType() == JsonValue.ValueType.ARRAY
        && now.getValueType() == JsonValue.ValueType.ARRAY
        && released.asJsonArray().size() == now.asJsonArray().size()) {
      var part = Json.createArrayBuilder();
      for (int i = 0; i < now.asJsonArray().size(); i++) {
        part.add(releasedPart(released.asJsonArray().get(i), now.asJsonArray().get(i)));
      }
      return part.build();
    }
    return now;
  }

  private static List<JsonObject> only(JsonArray items, String... members) {
    List<JsonObject> cut = new ArrayList<>();
    for (JsonValue item : items) {
      var part = Json.createObjectBuilder();
      for (String member : members) {
        if (item.asJsonObject().containsKey(member)) {
          part.add(member, item.asJsonObject().get(member));
        }
      }
      cut.add(part.build());
    }
    return cut;
  }

  /** The events a bot resuming {@code session} from 0, asking for every type, receives. */
  private static JsonArray replay(StandaloneServer server, String botToken, long session)
      throws Exception {
    JsonArray types =
        read(send(
                HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/event-types"))
                    .GET(),
                200))
            .asJsonArray();
    var names = Json.createArrayBuilder();
    types.forEach(type -> names.add(type.asJsonObject().getString("name")));
    try (LiveTestClient bot = LiveTestClient.authenticated(server.baseUrl(), botToken)) {
      bot.send(
          Json.createObjectBuilder()
              .add("type", "resume")
              .add("lastEventId", 0)
              .add("sessionIds", Json.createArrayBuilder().add(session))
              .add("events", names)
              .build()
              .toString());
      var events = Json.createArrayBuilder();
      for (JsonObject message = bot.next();
          !message.getString("type").equals("resumed");
          message = bot.next()) {
        events.add(message);
      }
      return events.build();
    }
  }

  private static long maxId(JsonObject playsBySession) {
    return playsBySession.values().stream()
        .flatMap(plays -> plays.asJsonArray().stream())
        .mapToLong(play -> play.asJsonObject().getJsonNumber("id").longValue())
        .max()
        .orElse(0);
  }

  private static String send(HttpRequest.Builder request, int expectedStatus) throws Exception {
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode())
        .as("%s: %s", answer.uri(), answer.body())
        .isEqualTo(expectedStatus);
    return answer.body();
  }

  private static JsonStructure read(String json) {
    return Json.createReader(new StringReader(json)).read();
  }

  private static JsonStructure read(Path file) throws IOException {
    return read(Files.readString(file));
  }

  /**
   * Loads a plain-SQL {@code pg_dump} into the database with {@code psql}, as an operator would.
   */
  private static void restore(Path dump, String database) throws Exception {
    MachineTools.requireOnPath("apt-get install postgresql-client", "psql");
    ProcessBuilder psql =
        new ProcessBuilder(
                "psql",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                System.getProperty("it.db.host"),
                "-p",
                System.getProperty("it.db.port"),
                "-U",
                System.getProperty("it.db.user"),
                "-d",
                database,
                "-f",
                dump.toString())
            .redirectErrorStream(true);
    psql.environment().put("PGPASSWORD", System.getProperty("it.db.password"));
    Process process = psql.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("psql -f %s: %s", dump, output).isZero();
  }

  /** Each kept release's fixture for this database kind, oldest first. */
  private static Stream<Path> releases(String kind) {
    try (Stream<Path> versions = Files.list(FIXTURES)) {
      List<Path> fixtures =
          versions
              .map(version -> version.resolve(kind))
              .filter(Files::isDirectory)
              .sorted()
              .toList();
      assertThat(fixtures).as("fixtures under %s", FIXTURES).isNotEmpty();
      return fixtures.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String release(Path fixture) {
    return "release " + fixture.getParent().getFileName() + " (" + fixture.getFileName() + ")";
  }
}
