package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
 * by the largest body the API takes, a 5 MB chat log, whose messages the server holds while it
 * imports them.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class OutOfMemoryExitIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static final String CHAT_LOG = chatLog(5 * 1024 * 1024 - 100);

  @Test
  void aJvmWithoutTheFlagThatRunsOutOfMemoryExitsInsteadOfLingering() throws Exception {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer server =
        StandaloneServer.prepare("out-of-memory", port).withEnvironment("JVM_ARGS", "-Xmx64m")) {
      server.start();
      String token = server.adminToken();
      long sessionId = server.created(token, "/api/sessions", "{}");
      Optional<Integer> exitCode = Optional.empty();
      for (int round = 1; round <= 5 && exitCode.isEmpty(); round++) {
        importChat(server, token, sessionId);
        exitCode = server.awaitExit(Duration.ofSeconds(10));
      }

      assertThat(exitCode).as("the JVM's exit code after it ran out of memory").contains(3);
      assertThat(Files.readString(server.messagesLog()))
          .as("the log said at start which protection is active")
          .contains("The JVM was started without -XX:+ExitOnOutOfMemoryError");
    }
  }

  /** Imports the chat log into the session; the answer, if any, does not matter. */
  private static void importChat(StandaloneServer server, String token, long sessionId) {
    try {
      HTTP.send(
          server
              .authorized(token, "/api/sessions/" + sessionId + "/chat-import")
              .timeout(Duration.ofMinutes(1))
              .POST(HttpRequest.BodyPublishers.ofString(CHAT_LOG))
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException cutOffByTheExit) {
      // the server exited while it answered
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A chat log of about {@code bytes} bytes: short messages of many viewers, a third of them votes.
   */
  private static String chatLog(int bytes) {
    StringBuilder log = new StringBuilder("{\"chat_data\":[");
    for (int i = 0; log.length() < bytes - 200; i++) {
      log.append(i == 0 ? "" : ",")
          .append("{\"username\":\"viewer")
          .append(i % 5000)
          .append("\",\"message\":\"")
          .append(i % 3 == 0 ? "thisgame++" : "who is winning?")
          .append("\",\"timestamp\":\"2026-12-07T20:00:00.000Z\"}");
    }
    return log.append("]}").toString();
  }
}
