package org.gamepicker.adapter.websocket.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.domain.event.EventType;

/**
 * One WebSocket connection of the live protocol: whether it authenticated, the sessions it
 * subscribed to, and its outbound queue. Messages are sent asynchronously one after another, so a
 * slow or dead client only fills its own bounded queue; when that overflows the client is closed.
 * While a resume replays the backlog, live events are held back and then sent without duplicates.
 */
final class LiveClient {

  private static final Logger LOG = Logger.getLogger(LiveClient.class.getName());
  private static final int MAX_QUEUED = 1000;

  private final Session connection;
  private final Runnable onQueueOverflow;
  private final Queue<String> outbound = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicBoolean sending = new AtomicBoolean();
  private final Set<Long> subscriptions = ConcurrentHashMap.newKeySet();
  private final Set<EventType> optedIn = ConcurrentHashMap.newKeySet();
  private volatile boolean authenticated;
  private volatile boolean closed;
  private volatile Long apiTokenId;

  /** Guarded by {@code this}: events held back during a replay, and recently sent event ids. */
  private List<LiveEvent> heldBack;

  private final SentEventIds recentlySent = new SentEventIds();

  /** {@code onQueueOverflow} runs when the client is closed because its queue overflowed. */
  LiveClient(Session connection, Runnable onQueueOverflow) {
    this.connection = connection;
    this.onQueueOverflow = onQueueOverflow;
  }

  String id() {
    return connection.getId();
  }

  boolean authenticated() {
    return authenticated;
  }

  void authenticate() {
    authenticated = true;
  }

  void subscribe(long sessionId) {
    subscriptions.add(sessionId);
  }

  /** Adds event types beyond the seeds' four to what this connection receives. */
  void optIn(Set<EventType> types) {
    optedIn.addAll(types);
  }

  void unsubscribe(long sessionId) {
    subscriptions.remove(sessionId);
  }

  /**
   * The seeds' four events, and the types the client opted into; session.started and events of no
   * session (the catalog's) go to every authenticated client that receives their type, the others
   * to the session's subscribers.
   */
  boolean entitledTo(LiveEvent event) {
    return authenticated
        && (event.type().isSeedEvent() || optedIn.contains(event.type()))
        && (event.type() == EventType.SESSION_STARTED
            || event.sessionId().isEmpty()
            || subscriptions.contains(event.sessionId().getAsLong()));
  }

  /** A live event from the relay: sent when entitled, held back while a replay runs. */
  synchronized void offerLive(LiveEvent event) {
    if (!entitledTo(event)) {
      return;
    }
    if (heldBack != null) {
      heldBack.add(event);
    } else {
      sendEvent(event);
    }
  }

  /** Starts holding back live events; call before reading the backlog. */
  synchronized void beginReplay() {
    heldBack = new ArrayList<>();
  }

  /** Sends a backlog event (in id order) unless already sent or not entitled. */
  synchronized void replay(LiveEvent event) {
    if (entitledTo(event)) {
      sendEvent(event);
    }
  }

  /**
   * Sends {@code marker} (the end of the backlog), then the held-back live events newer than the
   * backlog, and goes live again.
   */
  synchronized void endReplay(long replayedUpTo, String marker) {
    List<LiveEvent> pending = heldBack;
    heldBack = null;
    send(marker);
    if (pending != null) {
      pending.stream().filter(e -> e.id() > replayedUpTo).forEach(this::sendEvent);
    }
  }

  private void sendEvent(LiveEvent event) {
    if (recentlySent.add(event.id())) {
      send(event.text());
    }
  }

  /** Queues a message; never blocks. Closes the client when its queue overflows. */
  void send(String text) {
    if (closed) {
      return;
    }
    if (queued.incrementAndGet() > MAX_QUEUED) {
      onQueueOverflow.run();
      close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow: outbound queue overflowed");
      return;
    }
    outbound.add(text);
    pump();
  }

  private void pump() {
    while (!closed && !outbound.isEmpty() && sending.compareAndSet(false, true)) {
      String next = outbound.poll();
      if (next == null) {
        sending.set(false);
        continue;
      }
      queued.decrementAndGet();
      try {
        connection
            .getAsyncRemote()
            .sendText(
                next,
                result -> {
                  sending.set(false);
                  if (result.isOK()) {
                    pump();
                  } else {
                    close(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed");
                  }
                });
        return;
      } catch (RuntimeException e) {
        sending.set(false);
        close(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "Send failed");
      }
    }
  }

  void close(CloseReason.CloseCode code, String reason) {
    if (closed) {
      return;
    }
    closed = true;
    outbound.clear();
    try {
      if (connection.isOpen()) {
        connection.close(new CloseReason(code, reason));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Closing client " + id() + " failed", e);
    }
  }

  /** Remembers the bot token the client authenticated with, to close it when that is revoked. */
  void rememberApiToken(long apiTokenId) {
    this.apiTokenId = apiTokenId;
  }

  boolean authenticatedWith(long revokedApiTokenId) {
    Long used = apiTokenId;
    return used != null && used == revokedApiTokenId;
  }

  void markClosed() {
    closed = true;
    outbound.clear();
  }
}
