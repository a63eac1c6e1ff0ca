package org.gamepicker.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client (the JDK's) for the live endpoint: collects every text message it
 * receives; {@link #stopReading()} makes it stop taking messages off the wire, like a stuck bot.
 */
final class LiveTestClient implements WebSocket.Listener, AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile String closeReason;
  private volatile boolean reading = true;
  private final WebSocket socket;

  private LiveTestClient(HttpClient http, String baseUrl) {
    URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/sessions/live");
    socket = http.newWebSocketBuilder().buildAsync(uri, this).join();
  }

  static LiveTestClient connect(String baseUrl) {
    return new LiveTestClient(CLIENT, baseUrl);
  }

  /** Connects, authenticates and checks the auth_success reply. */
  static LiveTestClient authenticated(String baseUrl, String token) {
    return authenticated(CLIENT, baseUrl, token);
  }

  /**
   * Connects with {@code http}'s settings (an https base URL connects over wss://), authenticates
   * and checks the auth_success reply.
   */
  static LiveTestClient authenticated(HttpClient http, String baseUrl, String token) {
    LiveTestClient client = new LiveTestClient(http, baseUrl);
    client.send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
    client.expect("auth_success");
    return client;
  }

  void send(String text) {
    socket.sendText(text, true).join();
  }

  void sendBinary(byte[] data) {
    socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).join();
  }

  void subscribe(long sessionId) {
    send("{\"type\":\"subscribe\",\"sessionId\":" + sessionId + "}");
    JsonObject reply = expect("subscribed");
    if (reply.getJsonNumber("sessionId").longValue() != sessionId) {
      throw new AssertionError("Subscribed to the wrong session: " + reply);
    }
  }

  /** The next message within 10 s, or an AssertionError. */
  JsonObject next() {
    try {
      JsonObject message = received.poll(10, TimeUnit.SECONDS);
      if (message == null) {
        throw new AssertionError(
            "No message within 10 s"
                + closed
                    .handle(
                        (code, error) ->
                            "; closed: " + (error != null ? error : code + " " + closeReason))
                    .getNow(""));
      }
      return message;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next message, which must be of this type. */
  JsonObject expect(String type) {
    JsonObject message = next();
    if (!type.equals(message.getString("type", null))) {
      throw new AssertionError("Expected " + type + " but got " + message);
    }
    return message;
  }

  /**
   * The next event of this type about this session, skipping the messages before it: events reach
   * bots after the change's request has returned, not before.
   */
  JsonObject awaitEvent(String type, long sessionId) {
    for (JsonObject message = next(); ; message = next()) {
      if (type.equals(message.getString("type", null))
          && message.getJsonObject("data").getJsonObject("session").getJsonNumber("id").longValue()
              == sessionId) {
        return message;
      }
    }
  }

  /** Sends a ping and returns every message received before the pong (in order). */
  java.util.List<JsonObject> drainUntilPong() {
    send("{\"type\":\"ping\"}");
    java.util.List<JsonObject> before = new java.util.ArrayList<>();
    for (JsonObject message = next();
        !"pong".equals(message.getString("type", null));
        message = next()) {
      before.add(message);
    }
    return before;
  }

  void stopReading() {
    reading = false;
  }

  /** The close code the server sent, waiting up to the timeout. */
  Integer awaitClose(Duration timeout) throws Exception {
    return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** False once the server closed the connection. */
  boolean isOpen() {
    return !closed.isDone();
  }

  /** The reason the server gave with its close code. */
  String closeReason() {
    return closeReason;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      received.add(Json.createReader(new StringReader(partial.toString())).readObject());
      partial.setLength(0);
    }
    if (reading) {
      webSocket.request(1);
    }
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closeReason = reason;
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }
    socket.abort();
  }
}
