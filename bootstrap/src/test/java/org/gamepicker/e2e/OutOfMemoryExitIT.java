package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A server whose JVM runs out of memory exits, so that its supervisor restarts it, even when the
 * JVM was started without {@code -XX:+ExitOnOutOfMemoryError} (as a user's own {@code java -jar}
 * command may be): a server of its own with a small heap and without the flag, driven out of memory
 * by large request bodies sent at once.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class OutOfMemoryExitIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final String LARGE_BODY = "{\"padding\":\"" + "x".repeat(4_900_000) + "\"}";

  @Test
  void aJvmWithoutTheFlagThatRunsOutOfMemoryExitsInsteadOfLingering() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer server =
        StandaloneServer.prepare("out-of-memory", port).withEnvironment("JVM_ARGS", "-Xmx64m")) {
      server.start();
      Optional<Integer> exitCode = Optional.empty();
      for (int round = 1; round <= 5 && exitCode.isEmpty(); round++) {
        sendAtOnce(server, 80);
        exitCode = server.awaitExit(Duration.ofSeconds(10));
      }

      assertThat(exitCode).as("the JVM's exit code after it ran out of memory").contains(3);
      assertThat(Files.readString(server.messagesLog()))
          .as("the log said at start which protection is active")
          .contains("The JVM was started without -XX:+ExitOnOutOfMemoryError");
    }
  }

  /** POSTs {@code count} large bodies to the public picker at once and waits for every answer. */
  private static void sendAtOnce(StandaloneServer server, int count) {
    List<CompletableFuture<?>> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      answers.add(
          HTTP.sendAsync(
                  HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/pick"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(LARGE_BODY))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .exceptionally(refusedOrCutOff -> null));
    }
    CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
  }
}
