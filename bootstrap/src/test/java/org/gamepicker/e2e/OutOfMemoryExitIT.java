package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A server whose JVM runs out of memory exits, so that its supervisor restarts it, even when the
 * JVM was started without {@code -XX:+ExitOnOutOfMemoryError} (as a user's own {@code java -jar}
 * command may be): a server of its own with a small heap and without the flag, driven out of memory
 * by the heaviest request the API takes, a catalog import at its 5 MB limit (about 130,000 games),
 * which the server reads whole and applies in one transaction.
 *
 * <p>The heap is sized from what the server needs, measured on JDK 25 with G1 (the collector the
 * JVM picks on two cores or more): about 60 MB live once started, so at 64 MB the server itself
 * runs out of memory while it starts, or collects back to back for minutes without ever throwing;
 * at 96 MB it starts with one full collection, and the import needs well over its headroom (it runs
 * a 128 MB heap out of memory too). A request that only grows the heap bit by bit, such as a chat
 * import, which is read entry by entry, makes G1 collect back to back instead of throwing, so it is
 * no trigger.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class OutOfMemoryExitIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Room for the server once started, far too little for the import. */
  private static final String HEAP = "-Xmx96m";

  private static final String CATALOG = catalog(4_990_000);

  @Test
  void aJvmWithoutTheFlagThatRunsOutOfMemoryExitsInsteadOfLingering() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer server =
        StandaloneServer.prepare("out-of-memory", port).withEnvironment("JVM_ARGS", HEAP)) {
      server.start();
      String token = server.adminToken();
      Optional<Integer> exitCode = Optional.empty();
      for (int round = 1; round <= 3 && exitCode.isEmpty(); round++) {
        importCatalog(server, token);
        exitCode = server.awaitExit(Duration.ofSeconds(10));
      }

      assertThat(exitCode).as("the JVM's exit code after it ran out of memory").contains(3);
      assertThat(Files.readString(server.messagesLog()))
          .as("the log said at start which protection is active")
          .contains("The JVM was started without -XX:+ExitOnOutOfMemoryError");
    }
  }

  /** Imports the catalog; the answer, if any, does not matter. */
  private static void importCatalog(StandaloneServer server, String token) {
    try {
      HTTP.send(
          server
              .authorized(token, "/api/games/import/csv")
              .timeout(Duration.ofMinutes(2))
              .POST(HttpRequest.BodyPublishers.ofString(CATALOG))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException cutOffByTheExit) {
      // the server exited while it answered
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A JSON catalog import holding {@code csvChars} characters of CSV, one row per game, 100 games a
   * pack; with its newlines escaped, 4,990,000 make a body of 5.1 MB, under the 5 MiB limit.
   */
  private static String catalog(int csvChars) {
    StringBuilder csv = new StringBuilder("pack_name,title,min_players,max_players\n");
    for (int game = 0; csv.length() < csvChars; game++) {
      csv.append("Party Pack ")
          .append(game / 100)
          .append(",Game number ")
          .append(game)
          .append(",2,8\n");
    }
    return Json.createObjectBuilder()
        .add("csv_data", csv.toString())
        .add("mode", "append")
        .build()
        .toString();
  }
}
