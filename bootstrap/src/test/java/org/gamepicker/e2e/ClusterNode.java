package org.gamepicker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One Game Picker node of a cluster test: the runnable jar ({@code java -jar gamepicker.jar}) in a
 * child process, with its own port and data directory and the environment the cluster shares.
 */
final class ClusterNode implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String name;
  private final int port;
  private final Path home;
  private final Map<String, String> environment;
  private Process process;

  ClusterNode(String name, int port, Path home, Map<String, String> environment) {
    this.name = name;
    this.port = port;
    this.home = home;
    this.environment = environment;
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path consoleLog() {
    return home.resolve("console.log");
  }

  /** Launches the jar; {@link #awaitReady} waits for it. */
  void launch() {
    try {
      Files.createDirectories(home);
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-XX:+UseSerialGC",
                  "-jar",
                  System.getProperty("it.runnable.jar"))
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(consoleLog().toFile());
      builder.environment().keySet().removeIf(key -> key.startsWith("DB_"));
      builder.environment().putAll(environment);
      builder.environment().put("PORT", String.valueOf(port));
      builder.environment().put("MALLOC_ARENA_MAX", "2");
      builder.environment().put("BIND_ADDRESS", "127.0.0.1");
      builder.environment().put("DATA_DIR", home.resolve("data").toString());
      builder.environment().put("WLP_JAR_EXTRACT_ROOT", home.resolve("extract").toString());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code /health/ready} answers 200; fails when the process exits first. */
  void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; see " + consoleLog());
      }
      if (readiness() == 200) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new IllegalStateException(
        name + " not ready within " + timeout + "; see " + consoleLog());
  }

  /** The status of {@code /health/ready}, or 0 when the node does not answer. */
  int readiness() {
    return status("/health/ready");
  }

  /** The status of a GET of {@code path}, or 0 when the node does not answer. */
  int status(String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + path))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notAnswering) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** Waits for the process to end by itself; its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(name + " still running after " + timeout);
    }
    return process.exitValue();
  }

  /** Ends the node as a crash would: SIGKILL, no shutdown. */
  void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    kill();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
