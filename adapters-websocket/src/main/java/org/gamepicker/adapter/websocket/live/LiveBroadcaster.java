package org.gamepicker.adapter.websocket.live;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.gamepicker.application.port.out.ApiTokenRevoked;
import org.gamepicker.application.port.out.event.EventWireFormat;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * The live channel of the event relay (a live subscriber: no cursor, bots catch up with {@code
 * resume}): hands each committed event to every connected client that may see it. Only queues
 * (never sends on the relay's thread), so one slow client delays nobody. Also closes connections
 * that do not authenticate in time.
 */
@ApplicationScoped
public class LiveBroadcaster implements LiveEventSubscriber {

  static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, LiveClient> clients = new ConcurrentHashMap<>();

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject EventWireFormat wireFormat;

  /** Renders the event once and queues the same text for every client that may see it. */
  @Override
  public void onEvent(StoredEvent event) {
    if (clients.isEmpty()) {
      return;
    }
    LiveEvent live = LiveEvent.of(event, wireFormat);
    clients.values().forEach(client -> client.offerLive(live));
  }

  void connected(LiveClient client) {
    clients.put(client.id(), client);
    scheduler.schedule(
        () -> {
          if (!client.authenticated()) {
            client.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Authentication timeout");
          }
        },
        AUTH_TIMEOUT.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  void disconnected(LiveClient client) {
    client.markClosed();
    clients.remove(client.id());
  }

  /** Once a bot token's revocation is committed, closes the connections that used it. */
  void closeRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiTokenRevoked revoked) {
    clients.values().stream()
        .filter(client -> client.authenticatedWith(revoked.apiTokenId()))
        .forEach(client -> client.close(CloseReason.CloseCodes.VIOLATED_POLICY, "Token revoked"));
  }

  @PreDestroy
  void closeAll() {
    clients.values().forEach(c -> c.close(CloseReason.CloseCodes.GOING_AWAY, "Server stopping"));
  }
}
