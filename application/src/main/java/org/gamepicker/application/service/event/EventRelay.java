package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.NavigableMap;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * Hands committed events to every {@link LiveEventSubscriber}, each once and in log order, from the
 * log's end at startup on (live channels keep no cursor; durable subscribers are fed by the {@link
 * EventFeed}, from what this relayed: {@link RelayedEvents}). An event this node committed is
 * handed on from memory when every event before it has been; otherwise (another node's events, an
 * id left unused by a rolled-back transaction, a commit that overtook an earlier one) the log is
 * read. The bootstrap runs it off the request threads, after each commit that appended events and
 * on a timer (which also picks up events committed by other nodes). A failing subscriber is logged
 * and does not stop the others.
 */
@ApplicationScoped
public class EventRelay {

  private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
  private static final int BATCH = 500;

  private EventLog eventLog;
  private Instance<LiveEventSubscriber> subscribers;
  private RelayedEvents relayed;
  private final Queue<StoredEvent> committedHere = new ConcurrentLinkedQueue<>();

  /** Guarded by {@code this}: events committed here that wait for an earlier id. */
  private final NavigableMap<Long, StoredEvent> waiting = new TreeMap<>();

  private long relayedUpTo = -1;

  protected EventRelay() {}

  @Inject
  public EventRelay(
      EventLog eventLog, Instance<LiveEventSubscriber> subscribers, RelayedEvents relayed) {
    this.eventLog = eventLog;
    this.subscribers = subscribers;
    this.relayed = relayed;
  }

  /** An event this node's transaction committed; never blocks (called on request threads). */
  public void committed(StoredEvent event) {
    committedHere.add(event);
  }

  /**
   * Hands on the events committed here that are next in the log, without reading it; false when
   * some of them wait for earlier ids, which {@link #relayNewEvents} reads from the log if they do
   * not arrive here first.
   */
  public synchronized boolean relayCommitted() {
    if (relayedUpTo < 0) {
      relayNewEvents();
      return true;
    }
    return relayWaitingInOrder();
  }

  /** Delivers every event appended since the last call; events before startup are not relayed. */
  public synchronized void relayNewEvents() {
    if (relayedUpTo < 0) {
      relayedUpTo = eventLog.lastId();
      relayed.startAfter(relayedUpTo);
      return;
    }
    relayWaitingInOrder();
    List<StoredEvent> batch;
    do {
      batch = eventLog.readAfter(relayedUpTo, BATCH);
      batch.forEach(this::deliver);
    } while (batch.size() == BATCH);
    relayWaitingInOrder();
  }

  /**
   * Runs {@code restore}, which commits a restored log without publishing its events, with relaying
   * held back, then goes on from the log's end: the restored events are the past, which no
   * subscriber is handed again.
   */
  public synchronized <T> T restoring(Callable<T> restore) throws Exception {
    T restored = restore.call();
    committedHere.clear();
    waiting.clear();
    relayedUpTo = eventLog.lastId();
    relayed.startAfter(relayedUpTo);
    return restored;
  }

  /** Delivers the waiting events that come next; true when none is left waiting. */
  private boolean relayWaitingInOrder() {
    for (StoredEvent event = committedHere.poll(); event != null; event = committedHere.poll()) {
      waiting.put(event.id(), event);
    }
    waiting.headMap(relayedUpTo, true).clear();
    while (!waiting.isEmpty() && waiting.firstKey() == relayedUpTo + 1) {
      deliver(waiting.pollFirstEntry().getValue());
    }
    return waiting.isEmpty();
  }

  private void deliver(StoredEvent event) {
    for (LiveEventSubscriber subscriber : subscribers) {
      try {
        subscriber.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Subscriber " + subscriber + " failed on event " + event.id(), e);
      }
    }
    relayedUpTo = event.id();
    relayed.add(event);
  }
}
