package org.gamepicker.adapter.websocket.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.domain.event.EventType;

/**
 * One WebSocket connection of the live protocol: whether it authenticated, the sessions it
 * subscribed to, and its outbound queue. Messages are sent asynchronously one after another, so a
 * slow or dead client only fills its own bounded queue; when that overflows the client is closed.
 * While a resume replays the log, live events are not queued: the replay reads them from the log
 * page by page, paced by the socket ({@link #whenDrained}), until it has caught up with the relay;
 * then the client goes live without sending any event twice.
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

  private final AtomicReference<Runnable> onDrained = new AtomicReference<>();

  /**
   * Guarded by {@code this}: whether a replay runs, the id of the last event the relay handed on,
   * the last a replay sent or skipped (live events up to it are not sent again), and recently sent
   * event ids.
   */
  private volatile boolean replaying;

  private long relayedUpTo;
  private long replayedUpTo;
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
   * The {@link DefaultLiveEvents}, and the types the client opted into; session.started and events
   * of no session (the catalog's) go to every authenticated client that receives their type, the
   * others to the session's subscribers.
   */
  boolean entitledTo(LiveEvent event) {
    return authenticated
        && (DefaultLiveEvents.includes(event.type()) || optedIn.contains(event.type()))
        && (event.type() == EventType.SESSION_STARTED
            || event.sessionId().isEmpty()
            || subscriptions.contains(event.sessionId().getAsLong()));
  }

  /**
   * A live event from the relay, which hands them on in id order: sent when entitled, unless a
   * replay runs (it reads the event from the log instead) or already sent it.
   */
  synchronized void offerLive(LiveEvent event) {
    relayedUpTo = event.id();
    if (!replaying && event.id() > replayedUpTo && entitledTo(event)) {
      sendEvent(event);
    }
  }

  boolean replaying() {
    return replaying;
  }

  /** Starts a replay of the log: from now until it catches up, live events are left to it. */
  synchronized void beginReplay() {
    replaying = true;
  }

  /** Sends a page of the log (in id order) but what was sent already or is not for this client. */
  synchronized void replay(List<LiveEvent> page) {
    page.stream().filter(this::entitledTo).forEach(this::sendEvent);
  }

  /**
   * Ends the replay once it has caught up with the live stream: when the log had nothing after
   * {@code replayedUpTo} and the relay has handed on nothing newer, sends {@code marker} and goes
   * live; false, changing nothing, while the replay must read on.
   */
  synchronized boolean endReplay(long replayedUpTo, String marker) {
    if (relayedUpTo > replayedUpTo) {
      return false;
    }
    this.replayedUpTo = Math.max(this.replayedUpTo, replayedUpTo);
    replaying = false;
    send(marker);
    return true;
  }

  /** Sends {@code error} and goes live: the replay failed and the client must resume again. */
  synchronized void abortReplay(String error) {
    replaying = false;
    send(error);
  }

  /**
   * Runs {@code next} once the client's socket has taken every queued message but the one being
   * written (at once when nothing is queued); never when the client is closed. One at a time.
   */
  void whenDrained(Runnable next) {
    onDrained.set(next);
    if (outbound.isEmpty()) {
      runOnDrained();
    }
  }

  private void runOnDrained() {
    Runnable next = onDrained.getAndSet(null);
    if (next != null && !closed) {
      next.run();
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
      if (outbound.isEmpty()) {
        runOnDrained();
      }
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
