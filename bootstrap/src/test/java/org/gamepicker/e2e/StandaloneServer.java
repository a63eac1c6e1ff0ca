package org.gamepicker.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Game Picker server of its own, outside Arquillian, for tests that must kill or restart it: the
 * test server's Liberty and WAR under another server name, port and data directory, on H2.
 */
final class StandaloneServer implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final Path wlp;
  private final String name;
  private final int port;
  private final Map<String, String> settings = new HashMap<>();
  private Process process;

  private StandaloneServer(Path wlp, String name, int port) {
    this.wlp = wlp;
    this.name = name;
    this.port = port;
  }

  /** Prepares a server named after the test server plus {@code suffix}, on the given port. */
  static StandaloneServer prepare(String suffix, int port) {
    Path template = Path.of(System.getProperty("it.server.dir"));
    Path wlp = template.getParent().getParent().getParent();
    String name = template.getFileName() + "-" + suffix;
    Path dir = wlp.resolve("usr/servers").resolve(name);
    try {
      deleteRecursively(dir);
      Files.createDirectories(dir.resolve("apps"));
      Files.createDirectories(dir.resolve("configDropins/overrides"));
      Files.copy(template.resolve("server.xml"), dir.resolve("server.xml"));
      copyDirectory(template.resolve("db"), dir.resolve("db"));
      copyDirectory(template.resolve("lib"), dir.resolve("lib"));
      Files.copy(
          Path.of(System.getProperty("it.war")),
          dir.resolve("apps/gamepicker.war"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(
          dir.resolve("configDropins/overrides/standalone.xml"),
          """
          <server>
            <variable name="PORT" value="%d"/>
            <variable name="DATA_DIR" value="${server.output.dir}/data"/>
          </server>
          """
              .formatted(port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StandaloneServer(wlp, name, port);
  }

  /** Starts from a copy of {@code dataDir} (keys, admin key, H2 database) of another server. */
  StandaloneServer withDataFrom(Path dataDir) {
    try {
      copyDirectory(dataDir, dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Sets an environment variable for the next starts (e.g. DISCORD_WEBHOOK_URL). */
  StandaloneServer withEnvironment(String variable, String value) {
    settings.put(variable, value);
    return this;
  }

  /**
   * Starts the server with the JVM options of production ({@code src/main/liberty/config/
   * jvm.options}: its heap and collector) instead of Liberty's defaults.
   */
  StandaloneServer withProductionJvmOptions() {
    try {
      Files.copy(
          Path.of(System.getProperty("it.production.jvm.options")),
          wlp.resolve("usr/servers").resolve(name).resolve("jvm.options"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The server's JVM: the started process, or the java process its start script launched. */
  ProcessHandle jvm() {
    return process
        .descendants()
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst()
        .orElse(process.toHandle());
  }

  /** An admin token, logging in with the generated admin key. */
  String adminToken() {
    try {
      String key = Files.readString(dataDir().resolve("admin.key")).strip();
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/login"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + key + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("Login failed: " + answer.statusCode() + answer.body());
      }
      return Json.createReader(new StringReader(answer.body())).readObject().getString("token");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to {@code path} with the admin token and a JSON content type. */
  HttpRequest.Builder authorized(String token, String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  /** POSTs {@code body}, checks the 201 and returns the created resource's id. */
  long created(String token, String path, String body) throws Exception {
    return post(token, path, body, 201).getJsonNumber("id").longValue();
  }

  /** POSTs {@code body}, checks the status and returns the JSON answer. */
  JsonObject post(String token, String path, String body, int expectedStatus) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            authorized(token, path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != expectedStatus) {
      throw new AssertionError(
          "POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  Path dataDir() {
    return wlp.resolve("usr/servers").resolve(name).resolve("data");
  }

  /** Starts the server in the foreground of a child process and waits until it is ready. */
  void start() {
    launch();
    // as long as server.xml lets the application start (applicationManager startTimeout)
    awaitReady(Duration.ofMinutes(5));
  }

  /** Starts the server in the foreground of a child process, without waiting for anything. */
  void launch() {
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
            .redirectErrorStream(true)
            .redirectOutput(wlp.resolve("usr/servers").resolve(name + ".console.log").toFile());
    Map<String, String> environment = builder.environment();
    environment
        .keySet()
        .removeIf(key -> key.startsWith("DB_") || key.equals("PORT") || key.equals("BIND_ADDRESS"));
    // server.xml's <include> of db/${DB_KIND}.xml sees environment variables only
    environment.put("DB_KIND", "h2");
    environment.putAll(settings);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path messagesLog() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
  }

  /**
   * Waits until the server's log holds {@code text}; false if it does not within {@code timeout} or
   * the server exits first.
   */
  boolean awaitInLog(String text, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      if (Files.exists(messagesLog()) && Files.readString(messagesLog()).contains(text)) {
        return true;
      }
      sleep(Duration.ofMillis(500));
    }
    return Files.exists(messagesLog()) && Files.readString(messagesLog()).contains(text);
  }

  /** The HTTP status of a GET of {@code path}, once the server accepts connections at all. */
  int awaitStatus(String path, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (IOException notListening) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "Server " + name + " did not answer " + path + " within " + timeout, notListening);
        }
        sleep(Duration.ofMillis(500));
      }
    }
  }

  /** Stops the server as a host would: SIGTERM to the JVM, and waits until it has exited. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("Server " + name + " did not stop within 2 minutes");
    }
  }

  /** The JVM's exit code once it has exited by itself within {@code timeout}, else empty. */
  Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        ? Optional.of(process.exitValue())
        : Optional.empty();
  }

  /** Ends the server as a crash would: SIGKILL to the JVM, no shutdown hooks. */
  void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Server " + name + " exited with " + process.exitValue());
      }
      try {
        HttpResponse<Void> ready =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException("Server " + name + " not ready within " + timeout);
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Files.copy(source, to.resolve(from.relativize(source).toString()));
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path :
          (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }
}
