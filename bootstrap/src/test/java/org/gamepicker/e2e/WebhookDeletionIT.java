package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A night with a webhook whose delivery log grew to thousands of rows, on a server of its own with
 * a data directory it creates: deleting that webhook answers at once, votes and add-game go on
 * while its deliveries are pruned, a SIGTERM in the middle of it (with webhook sends in flight)
 * stops the server within 30 s, and afterwards the data directory and every file in it are the
 * owner's alone.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class WebhookDeletionIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Games imported per request: one transaction each, well within the transaction timeout. */
  private static final int GAMES_PER_IMPORT = 1_000;

  private static final int IMPORTS = 3;
  private static final int GAMES = GAMES_PER_IMPORT * IMPORTS;
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  @Test
  void deletingAWebhookWithThousandsOfDeliveriesNeitherWaitsNorHoldsUpTheNightOrTheStop()
      throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (WebhookReceiver receiver = new WebhookReceiver();
        StandaloneServer server = StandaloneServer.prepare("webhook-deletion", port)) {
      assertThat(server.dataDir()).doesNotExist();
      server.start();
      String token = server.adminToken();
      long deleted = webhook(server, token, "deleted", receiver.url("/deleted"));
      webhook(server, token, "kept", receiver.url("/kept"));

      for (int part = 0; part < IMPORTS; part++) {
        HttpResponse<String> imported =
            send(
                server
                    .authorized(token, "/api/games/import/csv")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(catalogOf(part)))
                    .build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
      }
      // deliveries are sent far more slowly than they are created: once some arrive, the deleted
      // webhook's delivery log holds thousands of rows
      awaitDeliveries(receiver, "/deleted", 50);
      // from now on the kept webhook's receiver holds every attempt: sends are in flight at the
      // stop
      receiver.answerSlowly("/kept", Duration.ofSeconds(10).toMillis());

      Instant deleteStarted = Instant.now();
      HttpResponse<String> deletion =
          send(server.authorized(token, "/api/webhooks/" + deleted).DELETE().build());
      assertThat(deletion.statusCode()).as(deletion.body()).isEqualTo(204);
      assertThat(Duration.between(deleteStarted, Instant.now()))
          .as("DELETE of a webhook with up to %d deliveries", GAMES)
          .isLessThan(Duration.ofSeconds(1));
      assertThat(
              send(server.authorized(token, "/api/webhooks/" + deleted).GET().build()).statusCode())
          .isEqualTo(404);

      // its deliveries are pruned in the background: the night goes on meanwhile
      long session = server.created(token, "/api/sessions", "{\"notes\":\"Pruning\"}");
      assertQuick(
          () ->
              server.created(
                  token,
                  "/api/sessions/" + session + "/games",
                  "{\"game_id\":1,\"room_code\":\"ABCD\"}"));
      for (int vote = 0; vote < 5; vote++) {
        String body = "{\"username\":\"voter" + vote + "\",\"vote\":\"up\"}";
        assertQuick(() -> server.post(token, "/api/votes/live", body, 200));
      }

      Instant stopStarted = Instant.now();
      server.stop();
      assertThat(Duration.between(stopStarted, Instant.now()))
          .as("SIGTERM to exit while pruning, with webhook sends in flight")
          .isLessThan(Duration.ofSeconds(30));

      assertThat(Files.getPosixFilePermissions(server.dataDir()))
          .as("DATA_DIR, created by the server")
          .containsExactlyInAnyOrder(
              PosixFilePermission.OWNER_READ,
              PosixFilePermission.OWNER_WRITE,
              PosixFilePermission.OWNER_EXECUTE);
      // H2 compacts the database as it closes, into a new file that takes the process's umask,
      // behind the owner-only folder; the next start makes it owner-only again.
      server.start();
      assertThat(filesIn(server.dataDir()))
          .as("what the server and H2 wrote to DATA_DIR, after the next start")
          .contains("admin.key", "gamepicker.mv.db")
          .allSatisfy(
              file ->
                  assertThat(Files.getPosixFilePermissions(server.dataDir().resolve(file)))
                      .as(file)
                      .isEqualTo(OWNER_ONLY_FILE));
    }
  }

  private static long webhook(StandaloneServer server, String token, String name, String url)
      throws Exception {
    return server.created(
        token,
        "/api/webhooks",
        Json.createObjectBuilder()
            .add("name", name)
            .add("url", url)
            .add(
                "events",
                Json.createArrayBuilder().add("catalog.game_created").add("vote.received"))
            .build()
            .toString());
  }

  /** An import request adding new games: one catalog.game_created event each. */
  private static String catalogOf(int part) {
    String csv =
        IntStream.rangeClosed(1, GAMES_PER_IMPORT)
            .mapToObj(game -> "Bulk Pack " + part + ",Bulk Game " + game + ",2,8")
            .collect(Collectors.joining("\n", "pack_name,title,min_players,max_players\n", "\n"));
    return Json.createObjectBuilder().add("csv_data", csv).add("mode", "append").build().toString();
  }

  /** Waits until {@code path} received {@code count} deliveries. */
  private static void awaitDeliveries(WebhookReceiver receiver, String path, int count)
      throws InterruptedException {
    int received = 0;
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (received < count && Instant.now().isBefore(deadline)) {
      received += receiver.drain(path).size();
      Thread.sleep(200);
    }
    assertThat(received).as("deliveries to " + path).isGreaterThanOrEqualTo(count);
  }

  /**
   * A write that must answer while the pruning goes on, within 5 s on a machine busy dispatching
   * the thousands of events of the imports.
   */
  private static void assertQuick(ThrowingCall call) throws Exception {
    Instant started = Instant.now();
    call.run();
    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> filesIn(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).toList();
    }
  }

  /** A call to the server that may throw. */
  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }
}
