package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What every client meets before any feature: errors as problem JSON, body limits, health checks,
 * the API description, the login throttle, and a log that stays quiet about client errors.
 */
@RunAsClient
class PlatformEndToEndIT extends EndToEndTest {

  @Test
  void anUnknownApiPathIsAProblemNotFound() {
    assertProblem(send(get("/api/no-such-thing")), 404);
  }

  @Test
  void anUnknownPathOutsideTheApiIsAProblemNotFound() {
    assertProblem(send(get("/no-such-page")), 404);
  }

  @Test
  void theErrorPagesNotFoundHasAStandardStatusLineAndNoEmptyHeader() throws IOException {
    RawResponse notFound =
        rawRequest(InetAddress.getLoopbackAddress(), "GET /no-such-page HTTP/1.1", "");
    assertThat(notFound.statusLine()).isEqualTo("HTTP/1.1 404 Not Found");
    assertNoEmptyOrInternalHeader(notFound);
  }

  @Test
  void malformedJsonIsABadRequestThatSaysSo() {
    HttpResponse<String> response = send(post("/api/auth/login", "{\"key\": "));
    assertProblem(response, 400);
    assertThat(object(response).getString("detail")).startsWith("Malformed JSON");
  }

  @Test
  void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
    HttpResponse<String> response =
        send(
            request("/api/auth/login")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("key")));
    assertProblem(response, 415);
  }

  @Test
  void aJsonCommandOverSixtyFourKibibytesIsTooLargeAndSaysTheLimit() {
    String padding = "x".repeat(64 * 1024);
    HttpResponse<String> response = send(post("/api/auth/login", "{\"key\":\"" + padding + "\"}"));
    assertProblem(response, 413);
    assertThat(object(response).getString("detail"))
        .isEqualTo("Request body too large: the limit of this endpoint is 64 KiB");
  }

  @Test
  void anImportTakesUpToFiveMegabytes() {
    String csvHeader = "pack_name,title,min_players,max_players\n";
    String megabyte = csvHeader + ",".repeat(1024 * 1024);
    HttpResponse<String> large = send(asAdmin(postCsv("/api/games/import/csv", megabyte)));
    assertThat(large.statusCode()).as(large.body()).isEqualTo(400);

    String overFive = csvHeader + ",".repeat(5 * 1024 * 1024);
    HttpResponse<String> tooLarge = send(asAdmin(postCsv("/api/games/import/csv", overFive)));
    assertProblem(tooLarge, 413);
    assertThat(object(tooLarge).getString("detail"))
        .isEqualTo("Request body too large: the limit of this endpoint is 5 MB");
  }

  @Test
  void importsAreReadOneAtATime() throws Exception {
    String csvHeader = "pack_name,title,min_players,max_players\n";
    Supplier<InputStream> slowBody =
        () ->
            new SequenceInputStream(
                new ByteArrayInputStream(csvHeader.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                  private int left = 20;

                  @Override
                  public int read() {
                    if (left-- <= 0) {
                      return -1;
                    }
                    pause(Duration.ofMillis(100));
                    return ',';
                  }

                  /** One byte at a time, so that each goes out as it comes. */
                  @Override
                  public int read(byte[] buffer, int offset, int length) {
                    int next = read();
                    if (next < 0) {
                      return -1;
                    }
                    buffer[offset] = (byte) next;
                    return 1;
                  }
                });
    CompletableFuture<HttpResponse<Void>> slow =
        HTTP.sendAsync(
            asAdmin(
                    request("/api/games/import/csv")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(slowBody)))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    pause(Duration.ofMillis(500));
    Instant quickSent = Instant.now();
    CompletableFuture<Instant> quick =
        HTTP.sendAsync(
                asAdmin(postCsv("/api/games/import/csv", csvHeader + ",,,\n")).build(),
                HttpResponse.BodyHandlers.discarding())
            .thenApply(answer -> Instant.now());

    assertThat(Duration.between(quickSent, quick.get(1, TimeUnit.MINUTES)))
        .as("a small import sent while a slow one is read waits for its turn (about 1.5 s)")
        .isGreaterThan(Duration.ofSeconds(1));
    slow.get(1, TimeUnit.MINUTES);
  }

  @Test
  void theServerIsReadyAndLive() {
    for (String probe : new String[] {"/health/ready", "/health/live"}) {
      HttpResponse<String> response = send(get(probe));
      assertThat(response.statusCode()).as(probe).isEqualTo(200);
      assertThat(object(response).getString("status")).as(probe).isEqualTo("UP");
    }
  }

  @Test
  void theApiIsDescribedInOpenApi31WithABrowsableUi() {
    HttpResponse<String> description = send(get("/openapi"));
    assertThat(description.statusCode()).isEqualTo(200);
    assertThat(description.body()).contains("openapi: 3.1.0").contains("/api/auth/login");

    assertThat(send(get("/openapi/ui/")).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongKeysFromOneAddressAreThrottledButTheRightKeyFromItIsAlwaysAccepted()
      throws IOException {
    InetAddress sharedAddress = InetAddress.getByName("127.0.0.7");
    for (int attempt = 1; attempt <= 30; attempt++) {
      assertThat(rawLogin(sharedAddress, "wrong-key").status())
          .as("wrong key " + attempt)
          .isEqualTo(attempt <= 10 ? 401 : 429);
    }

    RawResponse blocked = rawLogin(sharedAddress, "wrong-key");
    assertThat(blocked.statusLine()).isEqualTo("HTTP/1.1 429 Too Many Requests");
    assertNoEmptyOrInternalHeader(blocked);
    assertThat(blocked.head()).containsIgnoringCase("Content-Type: application/problem+json");
    assertThat(retryAfterSeconds(blocked)).isBetween(1, 60);

    assertThat(rawLogin(sharedAddress, adminKey()).status())
        .as("the right key from the throttled address")
        .isEqualTo(200);
    assertThat(rawLogin(sharedAddress, "wrong-key").status())
        .as("a wrong key after the right one")
        .isEqualTo(429);
  }

  @Test
  void aForwardedForHeaderDoesNotChangeTheThrottledAddress() throws IOException {
    InetAddress client = InetAddress.getByName("127.0.0.8");
    for (int attempt = 1; attempt <= 10; attempt++) {
      rawLogin(client, "wrong-key", "X-Forwarded-For: 10.9.8." + attempt);
    }
    assertThat(rawLogin(client, "wrong-key", "X-Forwarded-For: 10.9.9.9").status()).isEqualTo(429);
  }

  @Test
  void clientErrorsLeaveNoErrorOrWarningInTheLogAndNoIncidentReport() throws Exception {
    String botToken =
        object(send(asAdmin(post("/api/tokens", "{\"name\":\"quiet\",\"scopes\":[\"live\"]}"))))
            .getString("token");
    ServerLogs before = ServerLogs.now();

    assertThat(send(get("/api/no-such-thing")).statusCode()).as("unknown API path").isEqualTo(404);
    assertThat(send(get("/no-such-page")).statusCode()).as("unknown page").isEqualTo(404);
    assertThat(send(get("/api/games/999999")).statusCode()).as("unknown game").isEqualTo(404);
    assertThat(send(get("/api/games/1%2F2")).statusCode()).as("%2F in a path").isEqualTo(400);
    assertThat(send(get("/api%2Fgames")).statusCode()).as("%2F in the API path").isEqualTo(400);
    assertThat(send(get("/app%2F..%2Findex.html")).statusCode())
        .as("%2F in a page path")
        .isEqualTo(400);
    assertThat(send(get("/api/sessions/1%00")).statusCode()).as("%00 in a path").isEqualTo(400);
    assertThat(send(get("/no-such-folder/")).statusCode()).as("unknown folder").isEqualTo(404);
    assertThat(send(request("/api/auth/login").DELETE()).statusCode()).as("method").isEqualTo(405);
    assertThat(send(post("/api/auth/login", "{\"key\": ")).statusCode())
        .as("bad JSON")
        .isEqualTo(400);
    assertThat(send(post("/api/sessions", "{}")).statusCode()).as("no token").isEqualTo(401);
    assertThat(
            send(post("/api/sessions", "{}").header("Authorization", "Bearer not-a-token"))
                .statusCode())
        .as("bad token")
        .isEqualTo(401);
    assertThat(send(get("/api/tokens").header("Authorization", "Bearer " + botToken)).statusCode())
        .as("bot token on an admin operation")
        .isEqualTo(403);
    assertThat(
            send(request("/api/auth/login")
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("key")))
                .statusCode())
        .as("not JSON")
        .isEqualTo(415);
    String tooLarge = "{\"key\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    assertThat(send(post("/api/auth/login", tooLarge)).statusCode()).as("too large").isEqualTo(413);
    String game =
        "{\"pack_name\":\"Quiet Pack\",\"title\":\"Quiet Game\",\"min_players\":2,"
            + "\"max_players\":8}";
    send(asAdmin(post("/api/games", game)));
    assertThat(send(asAdmin(post("/api/games", game))).statusCode())
        .as("a title taken in its pack (a domain rule in a transaction)")
        .isEqualTo(409);
    assertThat(send(asAdmin(post("/api/sessions/999999/games", "{\"game_id\":1}"))).statusCode())
        .as("an unknown session (found missing in a transaction)")
        .isEqualTo(404);
    InetAddress guesser = InetAddress.getByName("127.0.0.9");
    for (int attempt = 1; attempt <= 11; attempt++) {
      assertThat(rawLogin(guesser, "wrong-key").status())
          .as("wrong key " + attempt)
          .isEqualTo(attempt <= 10 ? 401 : 429);
    }

    before.assertNothingNewIsAnErrorOrWarning();
  }

  @Test
  @EnabledIfSystemProperty(named = "it.db.kind", matches = "postgresql")
  void withThePostgresqlProfileTheServerMigratedThePostgresqlDatabase() throws SQLException {
    String url =
        "jdbc:postgresql://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/"
            + System.getProperty("it.db.name");
    try (Connection connection =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        Statement statement = connection.createStatement();
        ResultSet applied =
            statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
      applied.next();
      assertThat(applied.getInt(1)).as("migrations applied in " + url).isPositive();
    }
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(object(response).getInt("status")).isEqualTo(status);
    assertThat(object(response).getString("title")).isNotBlank();
    assertThat(object(response).getString("detail")).isNotBlank();
  }

  /**
   * No header with an empty value, and none of Liberty's internal ones (such as {@code $WSEP}),
   * which the JDK's HTTP client would not show.
   */
  private static void assertNoEmptyOrInternalHeader(RawResponse response) {
    assertThat(response.headerLines())
        .as("headers of\n%s", response.head())
        .allSatisfy(
            header -> {
              assertThat(header).doesNotStartWith("$");
              assertThat(header.substring(header.indexOf(':') + 1)).isNotBlank();
            });
  }

  /** The status line and headers, and the body, of a response read from a raw socket. */
  private record RawResponse(int status, String head, String body) {

    /** The first line, e.g. {@code HTTP/1.1 429 Too Many Requests}; the JDK's client hides it. */
    String statusLine() {
      return head.lines().findFirst().orElse("");
    }

    List<String> headerLines() {
      return head.lines().skip(1).toList();
    }
  }

  /**
   * Logs in over a plain socket bound to the given loopback address, so the server sees that
   * address as the client (the JDK's HTTP client cannot choose its source address).
   */
  private static RawResponse rawLogin(InetAddress from, String key, String... extraHeaders)
      throws IOException {
    return rawRequest(
        from, "POST /api/auth/login HTTP/1.1", "{\"key\":\"" + key + "\"}", extraHeaders);
  }

  /**
   * Sends one request (with a JSON body unless it is empty) over a plain socket bound to {@code
   * from} and reads the whole answer.
   */
  private static RawResponse rawRequest(
      InetAddress from, String requestLine, String jsonBody, String... extraHeaders)
      throws IOException {
    byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
    StringBuilder request =
        new StringBuilder(requestLine)
            .append("\r\n")
            .append("Host: localhost\r\n")
            .append(body.length > 0 ? "Content-Type: application/json\r\n" : "")
            .append("Content-Length: ")
            .append(body.length)
            .append("\r\n")
            .append("Connection: close\r\n");
    for (String header : extraHeaders) {
      request.append(header).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String response = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
      int endOfHead = response.indexOf("\r\n\r\n");
      String head = endOfHead < 0 ? response : response.substring(0, endOfHead);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new RawResponse(status, head, endOfHead < 0 ? "" : response.substring(endOfHead + 4));
    }
  }

  private static int retryAfterSeconds(RawResponse response) {
    return response
        .head()
        .lines()
        .filter(line -> line.toLowerCase().startsWith("retry-after:"))
        .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).strip()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Retry-After header in\n" + response.head()));
  }

  private static int port() {
    return Integer.parseInt(System.getProperty("it.http.port", "9680"));
  }

  private static byte[] readAll(InputStream in) {
    try {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The test server's messages.log and FFDC incident folder as they were at one moment. */
  private record ServerLogs(long messagesLength, List<String> incidents) {

    private static final Path DIR = Path.of(System.getProperty("it.server.dir"), "logs");
    private static final Pattern ERROR_OR_WARNING =
        Pattern.compile("^\\[[^\\]]+\\] \\p{XDigit}+ \\S+\\s+[EW] .*", Pattern.MULTILINE);

    static ServerLogs now() throws IOException {
      return new ServerLogs(Files.size(DIR.resolve("messages.log")), incidentFiles());
    }

    /** Fails when messages.log got an ERROR or WARNING line or logs/ffdc a file since then. */
    void assertNothingNewIsAnErrorOrWarning() throws Exception {
      Thread.sleep(1000); // the log writer and FFDC may still be writing
      String added;
      try (var channel = Files.newByteChannel(DIR.resolve("messages.log"))) {
        channel.position(messagesLength);
        added = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(ERROR_OR_WARNING.matcher(added).results().map(MatchResult::group))
          .as("ERROR or WARNING lines in messages.log")
          .isEmpty();
      List<String> newIncidents = new ArrayList<>(incidentFiles());
      newIncidents.removeAll(incidents);
      assertThat(newIncidents).as("new FFDC incident files in logs/ffdc").isEmpty();
    }

    private static List<String> incidentFiles() throws IOException {
      Path ffdc = DIR.resolve("ffdc");
      if (!Files.isDirectory(ffdc)) {
        return List.of();
      }
      try (var files = Files.list(ffdc)) {
        return files.map(file -> file.getFileName().toString()).toList();
      }
    }
  }
}
