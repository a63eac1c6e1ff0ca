package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Memory abuse, tried as an attacker would against a server with production's heap: huge WebSocket
 * messages before and after {@code auth}, in one frame or many, binary ones, many maximum-size
 * request bodies at once on every public endpoint, many requests with huge headers, a thousand idle
 * sockets. After each the server must answer {@code /health/ready} within a second, nothing may be
 * answered with a 5xx, and at the end the live heap must be under 75 % of {@code -Xmx}.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MemoryAbuseIT {

  private static final String LIVE = "/api/sessions/live";
  private static final long MEGABYTE = 1024 * 1024;
  private static final int JSON_COMMAND_LIMIT = 64 * 1024;
  private static final int CONCURRENT_BODIES = 100;
  private static final Duration CLOSE_WITHIN = Duration.ofSeconds(20);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static StandaloneServer server;
  private static int port;
  private static String adminToken;

  @BeforeAll
  static void startWithProductionHeap() {
    port = Integer.getInteger("it.http.port", 9680) + 11;
    server = StandaloneServer.prepare("abuse", port).withProductionJvmOptions();
    server.start();
    adminToken = server.adminToken();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void theServerStillAnswersWithinASecond() throws Exception {
    HttpResponse<String> ready =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(1))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void aTwentyMegabyteMessageBeforeAuthIsRefusedWith1009() throws Exception {
    assertThat(closeCodeAfter(RawWebSocket.TEXT, 20 * MEGABYTE, Integer.MAX_VALUE, false))
        .contains(1009);
    assertThat(closeCodeAfter(RawWebSocket.TEXT, 20 * MEGABYTE, 1024, false)).contains(1009);
  }

  @Test
  @Order(2)
  void fourFortyMegabyteMessagesAtOnceAreRefusedWith1009BeforeAndAfterAuth() throws Exception {
    for (boolean authenticated : new boolean[] {false, true}) {
      ExecutorService senders = Executors.newFixedThreadPool(4);
      List<Future<Optional<Integer>>> closes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        closes.add(
            senders.submit(
                () ->
                    closeCodeAfter(
                        RawWebSocket.TEXT, 40 * MEGABYTE, Integer.MAX_VALUE, authenticated)));
      }
      senders.shutdown();
      for (Future<Optional<Integer>> close : closes) {
        assertThat(close.get(1, TimeUnit.MINUTES))
            .as("authenticated: " + authenticated)
            .contains(1009);
      }
    }
  }

  @Test
  @Order(3)
  void aMessageInManySmallFramesIsRefusedOnceItPassesTheLimit() throws Exception {
    assertThat(closeCodeAfter(RawWebSocket.TEXT, 2 * MEGABYTE, 512, true)).contains(1009);
  }

  @Test
  @Order(4)
  void aOneMegabyteBinaryMessageIsRefusedWith1009() throws Exception {
    assertThat(closeCodeAfter(RawWebSocket.BINARY, MEGABYTE, Integer.MAX_VALUE, false))
        .contains(1009);
    assertThat(closeCodeAfter(RawWebSocket.BINARY, MEGABYTE, Integer.MAX_VALUE, true))
        .contains(1009);
  }

  @Test
  @Order(5)
  void aHundredMaximumSizeBodiesAtOnceOnEveryPublicEndpointGetNo5xx() throws Exception {
    List<String> publicWrites = publicOperationsWithABody();
    assertThat(publicWrites).contains("POST /api/pick", "POST /api/auth/login");

    for (String operation : publicWrites) {
      String[] methodAndPath = operation.split(" ");
      String path = methodAndPath[1].replaceAll("\\{[^}]+}", "1");
      String atTheLimit = "{}" + " ".repeat(JSON_COMMAND_LIMIT - 2);
      String overTheLimit = "{}" + " ".repeat((int) (5 * MEGABYTE));
      for (String body : List.of(atTheLimit, overTheLimit)) {
        Map<Integer, Integer> statuses = concurrently(methodAndPath[0], path, body);
        assertThat(statuses.keySet())
            .as(operation + " with " + body.length() + " bytes, 100 at once: " + statuses)
            .allMatch(status -> status >= 200 && status < 500);
      }
    }
  }

  @Test
  @Order(6)
  void aHundredRequestsWithSixteenMegabytesOfHeadersEachAreRefused() throws Exception {
    String header = "X-Padding: " + "a".repeat(30_000) + "\r\n";
    byte[] request =
        ("GET /health/live HTTP/1.1\r\nHost: localhost\r\n" + header.repeat(400) + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    ExecutorService senders = Executors.newFixedThreadPool(CONCURRENT_BODIES);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_BODIES; i++) {
      answers.add(senders.submit(() -> statusLineAfterSending(request)));
    }
    senders.shutdown();
    for (Future<String> answer : answers) {
      assertThat(answer.get(1, TimeUnit.MINUTES))
          .as("the answer to a request with 400 headers of 30 KB")
          .isIn("HTTP/1.1 400 Bad Request", "closed by the server");
    }
  }

  @Test
  @Order(7)
  void aThousandIdleSocketsLeaveTheServerAnswering() throws Exception {
    List<RawWebSocket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 1000; i++) {
        idle.add(RawWebSocket.open(port, LIVE));
      }
      theServerStillAnswersWithinASecond();
      assertThat(liveHeapShare("with 1,000 idle sockets")).isLessThan(0.75);
    } finally {
      for (RawWebSocket socket : idle) {
        socket.close();
      }
    }
  }

  @Test
  @Order(8)
  void afterAllOfItTheLiveHeapIsUnderThreeQuartersOfTheMaximum() throws Exception {
    assertThat(liveHeapShare("after all of it")).isLessThan(0.75);
  }

  /**
   * Connects (and authenticates when asked), sends one message of {@code bytes} in frames of {@code
   * frameBytes}, and returns the close code the server sends.
   */
  private static Optional<Integer> closeCodeAfter(
      int opcode, long bytes, int frameBytes, boolean authenticated) throws IOException {
    try (RawWebSocket socket = RawWebSocket.open(port, LIVE).closeAfter(Duration.ofMinutes(1))) {
      if (authenticated) {
        socket.sendText("{\"type\":\"auth\",\"token\":\"" + adminToken + "\"}");
        assertThat(socket.nextText(Duration.ofSeconds(10))).contains("auth_success");
      }
      socket.sendMessage(opcode, bytes, (int) Math.min(frameBytes, bytes));
      return socket.awaitCloseCode(CLOSE_WITHIN);
    }
  }

  /** Every operation in /openapi that takes a body and needs no token, as "METHOD /path". */
  private static List<String> publicOperationsWithABody() throws Exception {
    JsonObject paths =
        Json.createReader(new StringReader(get("/openapi?format=JSON").body()))
            .readObject()
            .getJsonObject("paths");
    List<String> operations = new ArrayList<>();
    paths.forEach(
        (path, methods) ->
            methods
                .asJsonObject()
                .forEach(
                    (method, operation) -> {
                      if (operation instanceof JsonObject described
                          && described.containsKey("requestBody")
                          && !described.containsKey("security")) {
                        operations.add(method.toUpperCase() + " " + path);
                      }
                    }));
    return operations;
  }

  /** Sends a raw HTTP request and returns the answer's status line. */
  private static String statusLineAfterSending(byte[] request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      try {
        socket.getOutputStream().write(request);
      } catch (IOException refusedWhileSending) {
        return "closed by the server";
      }
      String answer = new String(socket.getInputStream().readNBytes(64), StandardCharsets.US_ASCII);
      return answer.isEmpty() ? "closed by the server" : answer.lines().findFirst().orElseThrow();
    } catch (SocketException reset) {
      return "closed by the server";
    }
  }

  /** Sends the body 100 times at once and counts the answers by status. */
  private static Map<Integer, Integer> concurrently(String method, String path, String body) {
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_BODIES; i++) {
      answers.add(
          HTTP.sendAsync(
                  HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                      .timeout(Duration.ofMinutes(1))
                      .header("Content-Type", "application/json")
                      .method(method, HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .thenApply(HttpResponse::statusCode)
              .exceptionally(failed -> -1));
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    answers.forEach(answer -> statuses.merge(answer.join(), 1, Integer::sum));
    return statuses;
  }

  /**
   * The share of the maximum heap that is live: read from {@code /metrics} right after a full
   * collection, which {@code jcmd} asks the server's JVM for.
   */
  private static double liveHeapShare(String when) throws Exception {
    Process gc =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.jvm().pid()),
                "GC.run")
            .redirectErrorStream(true)
            .start();
    assertThat(gc.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String metrics = get("/metrics").body();
    double used = metric(metrics, "memory_usedHeap_bytes");
    double max = metric(metrics, "memory_maxHeap_bytes");
    System.out.printf(
        "MemoryAbuseIT: live heap %s: %.0f MB of %.0f MB%n", when, used / MEGABYTE, max / MEGABYTE);
    return used / max;
  }

  private static double metric(String metrics, String name) {
    Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(metrics);
    assertThat(value.find()).as(name + " in /metrics").isTrue();
    return Double.parseDouble(value.group(1));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
