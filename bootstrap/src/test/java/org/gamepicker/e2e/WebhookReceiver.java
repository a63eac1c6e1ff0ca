package org.gamepicker.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real webhook receiver on loopback for the end-to-end tests: records every request per path and
 * answers with the statuses scripted for that path (then 204).
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  record Received(String path, com.sun.net.httpserver.Headers headers, String body) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();
  private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Long> delays = new ConcurrentHashMap<>();

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The URL of a path on this receiver. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next requests to {@code path} get these statuses, in order. */
  void answer(String path, Integer... statuses) {
    scripted.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
  }

  /** Requests to {@code path} are answered only after {@code millis}: a slow receiver. */
  void answerSlowly(String path, long millis) {
    delays.put(path, millis);
  }

  /** The next request to {@code path}, waiting up to 20 s; fails when none came. */
  Received next(String path) {
    return next(path, Duration.ofSeconds(20));
  }

  /** The next request to {@code path}, waiting up to {@code timeout}; fails when none came. */
  Received next(String path, Duration timeout) {
    try {
      Received request = queue(path).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (request == null) {
        throw new AssertionError("No request reached " + path + " within " + timeout);
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The requests to {@code path} that arrived and were not taken yet, without waiting. */
  List<Received> drain(String path) {
    List<Received> all = new ArrayList<>();
    queue(path).drainTo(all);
    return all;
  }

  private BlockingQueue<Received> queue(String path) {
    return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      // the delay in force when the request arrived, even if the test changes it once it sees it
      long delay = delays.getOrDefault(path, 0L);
      queue(path).add(new Received(path, exchange.getRequestHeaders(), body));
      pause(delay);
      Integer status = scripted.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
      exchange.sendResponseHeaders(status == null ? 204 : status, -1);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
