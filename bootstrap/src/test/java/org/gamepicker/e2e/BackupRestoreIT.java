package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A night on the test server (server A: a catalog change, a session with room codes and votes, a
 * poll with ballots, a webhook with its secret, a bot token, their events), backed up through
 * {@code GET /api/admin/backup} and restored through {@code POST /api/admin/restore} into a fresh
 * server B of its own, on H2 and on PostgreSQL: B answers as A did, the bot token still
 * authenticates, a bot resuming from its last event id gets exactly the later events, and a webhook
 * delivery from B is signed with the restored secret.
 */
class BackupRestoreIT extends SessionEndToEndTest {

  private static final int PORT = Integer.getInteger("it.http.port", 9680);
  private static final String SECRET = "backup-restore-secret-" + System.nanoTime();
  private static final String HOOK_PATH = "/backup-restore";

  /** The database the restored PostgreSQL server gets: the cluster test's, emptied first. */
  private static final String POSTGRESQL_DATABASE = System.getProperty("it.cluster.db.name");

  /** What server A answered at backup time, by path. */
  private static final Map<String, String> ANSWERS = new LinkedHashMap<>();

  private static WebhookReceiver receiver;
  private static Night night;
  private static String backup;

  /** The night's ids and what a bot saw of it on server A. */
  private record Night(
      long sessionId, long startedEventId, String botToken, List<JsonObject> resumedOnA) {}

  @AfterAll
  static void closeTheNightOnA() {
    if (night != null) {
      closeSession(night.sessionId());
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void aServerRestoredOnH2AnswersAsTheOneBackedUp() throws Exception {
    backUpANight();
    try (ClusterNode b = freshServer("restored-h2", PORT + 1, Map.of("DB_KIND", "h2"))) {
      String token = adminToken(b);

      assertThat(restore(b, token, "garbage").statusCode()).isEqualTo(400);
      HttpResponse<String> badValue =
          restore(b, token, backup.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":42"));
      assertThat(badValue.statusCode()).isEqualTo(400);
      assertThat(badValue.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(badValue.body())
          .contains("tables.games[0].title: expected a string, found a number");
      assertThat(send(b, token, "/api/sessions").body())
          .as("nothing of a refused backup is restored")
          .isEqualTo("[]");

      assertRestoredAnswersAsA(b, token);

      HttpResponse<String> again = restore(b, token, backup);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
      assertThat(again.body()).contains("not empty");
    }
  }

  @Test
  void aBackupRestoresIntoPostgresql() throws Exception {
    assumeTrue(postgresqlIsRunning(), "no PostgreSQL on " + System.getProperty("it.db.host"));
    backUpANight();
    FreshPostgresqlDatabase.emptySchema(POSTGRESQL_DATABASE);
    try (ClusterNode b =
        freshServer(
            "restored-postgresql",
            PORT + 2,
            Map.of(
                "DB_KIND", "postgresql",
                "DB_HOST", System.getProperty("it.db.host"),
                "DB_PORT", System.getProperty("it.db.port"),
                "DB_NAME", POSTGRESQL_DATABASE,
                "DB_USER", System.getProperty("it.db.user"),
                "DB_PASSWORD", System.getProperty("it.db.password")))) {
      assertRestoredAnswersAsA(b, adminToken(b));
    }
  }

  /** A server of its own from the runnable jar, with a fresh data directory, once it is ready. */
  private static ClusterNode freshServer(String name, int port, Map<String, String> settings)
      throws IOException {
    Path home =
        Path.of(System.getProperty("it.cluster.dir")).resolveSibling("backup-it").resolve(name);
    if (Files.exists(home)) {
      try (Stream<Path> paths = Files.walk(home)) {
        for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
    ClusterNode server = new ClusterNode(name, port, home, settings);
    server.launch();
    server.awaitReady(Duration.ofMinutes(5));
    return server;
  }

  /** An admin token of a server, logging in with the admin key it generated. */
  private static String adminToken(ClusterNode server) throws IOException {
    Path home = Path.of(System.getProperty("it.cluster.dir")).resolveSibling("backup-it");
    String key = Files.readString(home.resolve(server.name()).resolve("data/admin.key")).strip();
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + key + "\"}")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return Json.createReader(new StringReader(login.body())).readObject().getString("token");
  }

  private static void assertRestoredAnswersAsA(ClusterNode b, String token) throws Exception {
    HttpResponse<String> restored = restore(b, token, backup);
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(
            Json.createReader(new StringReader(restored.body()))
                .readObject()
                .getJsonObject("rows")
                .getJsonNumber("event_log")
                .longValue())
        .isPositive();

    for (Map.Entry<String, String> answer : ANSWERS.entrySet()) {
      assertThat(send(b, token, answer.getKey()).body())
          .as("GET %s on the restored server", answer.getKey())
          .isEqualTo(answer.getValue());
    }

    try (LiveTestClient bot = LiveTestClient.authenticated(b.baseUrl(), night.botToken())) {
      bot.send(
          "{\"type\":\"resume\",\"lastEventId\":"
              + night.startedEventId()
              + ",\"sessionIds\":["
              + night.sessionId()
              + "]}");
      List<JsonObject> replayed = untilResumed(bot);
      assertThat(replayed).as("the events after the bot's last one").isEqualTo(night.resumedOnA());
      long lastRestored = replayed.getLast().getJsonNumber("id").longValue();

      castLiveVote(b, night.botToken(), "after-restore", "up");
      JsonObject live = bot.expect("vote.received");
      assertThat(live.getJsonNumber("id").longValue())
          .as("the next event continues the restored log")
          .isEqualTo(lastRestored + 1);
    }

    HttpResponse<String> closed =
        send(b, token, "/api/sessions/" + night.sessionId() + "/close", "");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    WebhookReceiver.Received delivery = sessionEndedDelivery();
    assertThat(delivery.header("X-Webhook-Signature"))
        .as("signed with the restored secret")
        .isEqualTo("sha256=" + HexFormat.of().formatHex(hmac(delivery.body())));
  }

  /** Runs the night on server A and takes its backup, once for both tests. */
  private static synchronized void backUpANight() throws Exception {
    if (backup != null) {
      return;
    }
    awaitTheTestServerReady();
    receiver = new WebhookReceiver();
    assertThat(
            admin(
                    post(
                        "/api/webhooks",
                        "{\"name\":\"backup\",\"url\":\""
                            + receiver.url(HOOK_PATH)
                            + "\",\"events\":[\"session.started\",\"game.added\",\"session.ended\"],"
                            + "\"secret\":\""
                            + SECRET
                            + "\"}"))
                .statusCode())
        .isEqualTo(201);
    String botToken = mintBotToken("backup-bot", "live", "votes").getString("token");
    long favored = catalogGame(2).getJsonNumber("id").longValue();
    assertThat(
            admin(withJson("PATCH", "/api/games/" + favored + "/favor", "{\"favor_bias\":1}"))
                .statusCode())
        .isEqualTo(200);

    long sessionId;
    long startedEventId;
    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, botToken)) {
      sessionId = startFreshSession("Backed-up night").getJsonNumber("id").longValue();
      startedEventId = bot.awaitEvent("session.started", sessionId).getJsonNumber("id").longValue();
    }
    long first = catalogGame(0).getJsonNumber("id").longValue();
    long second = catalogGame(1).getJsonNumber("id").longValue();
    addGame(sessionId, first, "ROOM");
    castLiveVote(botToken, "alice", "up");
    castLiveVote(botToken, "bob", "down");
    JsonObject poll = openPoll(sessionId, second, favored);
    long pollId = poll.getJsonNumber("id").longValue();
    castBallot(pollId, "alice", 1);
    castBallot(pollId, "carol", 2);
    castBallot(pollId, "dave", 2);
    assertThat(admin(post("/api/polls/" + pollId + "/close", "{\"play\":true}")).statusCode())
        .isEqualTo(200);
    castLiveVote(botToken, "erin", "up");

    List<JsonObject> resumedOnA;
    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, botToken)) {
      bot.send(
          "{\"type\":\"resume\",\"lastEventId\":"
              + startedEventId
              + ",\"sessionIds\":["
              + sessionId
              + "]}");
      resumedOnA = untilResumed(bot);
    }
    assertThat(resumedOnA)
        .as("game.added, votes, the poll's winner added")
        .hasSizeGreaterThanOrEqualTo(5);

    for (String path :
        List.of(
            "/api/sessions",
            "/api/sessions/" + sessionId,
            "/api/sessions/" + sessionId + "/games",
            "/api/polls/" + pollId,
            "/api/votes?session_id=" + sessionId,
            "/api/stats",
            "/api/games",
            "/api/games/packs",
            "/api/webhooks")) {
      ANSWERS.put(path, admin(get(path)).body());
    }
    HttpResponse<String> answer = admin(get("/api/admin/backup"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"gamepicker-backup-");
    backup = answer.body();
    assertThat(backup).contains("\"secret\":\"" + SECRET + "\"", "\"ROOM\"");
    night = new Night(sessionId, startedEventId, botToken, resumedOnA);
  }

  /** Waits until the test server's application answers: on a busy machine it starts late. */
  private static void awaitTheTestServerReady() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (send(get("/health/ready")).statusCode() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
  }

  /** The events a bot receives before {@code resumed}. */
  private static List<JsonObject> untilResumed(LiveTestClient bot) {
    List<JsonObject> events = new ArrayList<>();
    for (JsonObject m = bot.next(); !"resumed".equals(m.getString("type")); m = bot.next()) {
      events.add(m);
    }
    return events;
  }

  /** The delivery of the night's session.ended, skipping the other deliveries to the receiver. */
  private static WebhookReceiver.Received sessionEndedDelivery() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      WebhookReceiver.Received delivery = receiver.next(HOOK_PATH, Duration.ofSeconds(30));
      JsonObject event = Json.createReader(new StringReader(delivery.body())).readObject();
      if ("session.ended".equals(event.getString("type"))
          && event.getJsonObject("data").getJsonObject("session").getJsonNumber("id").longValue()
              == night.sessionId()) {
        return delivery;
      }
    }
    throw new AssertionError("No session.ended delivery within 30 s");
  }

  private static byte[] hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> restore(ClusterNode b, String token, String body) {
    return send(b, token, "/api/admin/restore", body);
  }

  private static void castLiveVote(ClusterNode b, String botToken, String user, String vote) {
    HttpResponse<String> counted =
        send(
            b,
            botToken,
            "/api/votes/live",
            "{\"username\":\"" + user + "\",\"vote\":\"" + vote + "\"}");
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
  }

  private static HttpResponse<String> send(ClusterNode b, String token, String path) {
    return send(authorized(b, token, path).GET());
  }

  private static HttpResponse<String> send(ClusterNode b, String token, String path, String body) {
    return send(
        authorized(b, token, path)
            .timeout(Duration.ofMinutes(2))
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpRequest.Builder authorized(ClusterNode b, String token, String path) {
    return HttpRequest.newBuilder(URI.create(b.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  private static boolean postgresqlIsRunning() {
    try (Socket ignored =
        new Socket(
            System.getProperty("it.db.host", "127.0.0.1"),
            Integer.parseInt(System.getProperty("it.db.port", "5432")))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
