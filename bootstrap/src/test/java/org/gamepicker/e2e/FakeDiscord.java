package org.gamepicker.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for a Discord incoming webhook: records the content of each message it accepts
 * (204), and can answer the next one with a 429 or a 400, answer slowly with 503s, or be down (its
 * port closed) and come back up on the same port. Also accepts anything POSTed to {@code /webhook}.
 */
final class FakeDiscord implements AutoCloseable {

  private static final String DISCORD_PATH = "/api/webhooks/1234/secret-token";

  private final List<String> posted = new CopyOnWriteArrayList<>();
  private final AtomicInteger rateLimited = new AtomicInteger();
  private final AtomicInteger rateLimitsToSend = new AtomicInteger();
  private final AtomicInteger refusalsToSend = new AtomicInteger();
  private volatile boolean failingSlowly;
  private final int port;
  private HttpServer server;

  private FakeDiscord(int port) {
    this.port = port;
  }

  /** Starts on a free port, which it keeps across {@link #down()} and {@link #up()}. */
  static FakeDiscord start() {
    try (ServerSocket probe = new ServerSocket(0)) {
      FakeDiscord discord = new FakeDiscord(probe.getLocalPort());
      probe.close();
      discord.up();
      return discord;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + port + DISCORD_PATH;
  }

  String webhookUrl() {
    return "http://127.0.0.1:" + port + "/webhook";
  }

  /** The contents of the messages accepted, in order. */
  List<String> posted() {
    return List.copyOf(posted);
  }

  int rateLimited() {
    return rateLimited.get();
  }

  /** The next message gets a 429 with {@code retry_after} seconds. */
  void rateLimitNext() {
    rateLimitsToSend.set(1);
  }

  /** The next message gets a 400, as Discord answers a message it will never take. */
  void refuseNext() {
    refusalsToSend.set(1);
  }

  /** Every message waits 3 s and gets a 503, until {@link #recover()}. */
  void failSlowly() {
    failingSlowly = true;
  }

  void recover() {
    failingSlowly = false;
  }

  void up() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(DISCORD_PATH, this::discord);
    server.createContext("/webhook", exchange -> answer(exchange, 204, ""));
    server.start();
  }

  /** Closes the port: connections are refused. */
  void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** Waits until {@code count} messages were accepted. */
  List<String> awaitPosted(int count, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (posted.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    if (posted.size() < count) {
      throw new AssertionError(
          "Expected " + count + " Discord messages within " + timeout + ", got " + posted);
    }
    return posted();
  }

  private void discord(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (rateLimitsToSend.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      rateLimited.incrementAndGet();
      answer(
          exchange,
          429,
          "{\"message\":\"You are being rate limited.\",\"retry_after\":1.5,\"global\":false}");
    } else if (refusalsToSend.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
      answer(exchange, 400, "{\"message\":\"Cannot send an empty message\",\"code\":50006}");
    } else if (failingSlowly) {
      sleep(Duration.ofSeconds(3));
      answer(exchange, 503, "{\"message\":\"Service unavailable\"}");
    } else {
      posted.add(Json.createReader(new StringReader(body)).readObject().getString("content"));
      answer(exchange, 204, "");
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    down();
  }
}
