package org.gamepicker.adapter.websocket.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.gamepicker.application.port.out.ApiTokenRevocations;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * The live channel of the event relay (a live subscriber: no cursor, bots catch up with {@code
 * resume}): hands each committed event to every connected client that may see it. Only queues
 * (never sends on the relay's thread), so one slow client delays nobody. Also closes connections
 * that do not authenticate in time, and every connection with 1001 "Server stopping" when the
 * server stops.
 */
@ApplicationScoped
public class LiveBroadcaster implements LiveEventSubscriber, ApiTokenRevocations {

  static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);
  static final String STOPPING = "Server stopping";
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

  private final Map<String, LiveClient> clients = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> authenticationTimers = new ConcurrentHashMap<>();
  private final Thread closeAllOnExit = new Thread(this::closeAllAndWait, "live-close-on-exit");

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject MetricRegistry metrics;
  private Counter queueOverflows;

  /** The metrics: connected clients, and clients closed because their queue overflowed. */
  void registerMetrics(@Observes Startup startup) {
    metrics.gauge(
        Metadata.builder()
            .withName("gamepicker_websocket_clients")
            .withDescription("Clients connected to the live WebSocket, authenticated or not")
            .build(),
        clients,
        Map::size);
    queueOverflows =
        metrics.counter(
            Metadata.builder()
                .withName("gamepicker_websocket_queue_overflows")
                .withDescription("Clients closed with 1013 because they read too slowly")
                .build());
  }

  void queueOverflowed() {
    queueOverflows.inc();
  }

  /** Renders the event once and queues the same text for every client that may see it. */
  @Override
  public void onEvent(StoredEvent event) {
    if (clients.isEmpty()) {
      return;
    }
    LiveEvent live = LiveEvent.of(event);
    clients.values().forEach(client -> client.offerLive(live));
  }

  /**
   * Registers the client and closes it if it has not authenticated in time. The timer holds the
   * client's id, not the client: a connection closed before then is not kept in memory until the
   * timer runs. It is cancelled when the client goes, and when the application stops (a timer left
   * to run then would fail, logged as an error, once per client).
   */
  void connected(LiveClient client) {
    String id = client.id();
    clients.put(id, client);
    authenticationTimers.put(
        id,
        scheduler.schedule(
            () -> closeIfUnauthenticated(id), AUTH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
  }

  private void closeIfUnauthenticated(String clientId) {
    authenticationTimers.remove(clientId);
    LiveClient client = clients.get(clientId);
    if (client != null && !client.authenticated()) {
      client.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Authentication timeout");
    }
  }

  void disconnected(LiveClient client) {
    client.markClosed();
    clients.remove(client.id());
    ScheduledFuture<?> timer = authenticationTimers.remove(client.id());
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /** Once a bot token's revocation is committed, closes the connections that used it. */
  @Override
  public void revoked(long apiTokenId) {
    clients.values().stream()
        .filter(client -> client.authenticatedWith(apiTokenId))
        .forEach(client -> client.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Token revoked"));
  }

  /**
   * On SIGTERM or Ctrl-C the JVM's shutdown hooks run before Liberty's quiesce drops the open
   * connections (bots would see 1006), so the clients are told first, from a hook of our own.
   */
  void closeOnExit(@Observes Startup startup) {
    Runtime.getRuntime().addShutdownHook(closeAllOnExit);
  }

  /** Sends every client its close frame and waits a moment for the close handshakes. */
  private void closeAllAndWait() {
    closeAll();
    long deadline = System.nanoTime() + CLOSE_GRACE.toNanos();
    try {
      while (!clients.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The application stops (the server stops, or the application alone is stopped). */
  @PreDestroy
  void closeAll() {
    authenticationTimers.values().forEach(timer -> timer.cancel(false));
    authenticationTimers.clear();
    clients.values().forEach(c -> c.close(CloseReason.CloseCodes.GOING_AWAY, STOPPING));
    try {
      Runtime.getRuntime().removeShutdownHook(closeAllOnExit);
    } catch (IllegalStateException alreadyExiting) {
      // the hook is running or has run
    }
  }
}
