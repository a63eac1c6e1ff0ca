package org.gamepicker.application.service.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventSubscriber;
import org.gamepicker.application.port.out.event.RetryLater;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.EventType;

/**
 * Feeds one durable subscriber: at most one task of its own at a time catches it up from its
 * cursor, event by event; when the subscriber fails, the same event is tried again after a delay
 * that doubles from {@link #FIRST_RETRY} up to {@link #LONGEST_RETRY} (or the delay it asked for),
 * while the other subscribers go on. Events the subscriber does not handle are passed over in
 * memory; the cursor is moved past them before the next event it handles, or once {@link
 * #SKIPS_PER_WRITE} of them have gone by, so a feed costs no write per unrelated event. Events are
 * taken from what the relay has just handed on ({@link RelayedEvents}) when it still holds them,
 * else read from the log; the stored cursor is read again only after a handover or a move found it
 * moved (by another node) or failed.
 */
final class SubscriberFeed {

  static final int BATCH = 200;
  static final int SKIPS_PER_WRITE = 100;
  static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  static final Duration LONGEST_RETRY = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(SubscriberFeed.class.getName());

  private final EventSubscriber subscriber;
  private final FeedTransactions transactions;
  private final EventLog eventLog;
  private final RelayedEvents relayed;
  private final TimeSource time;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile Instant nextAttempt = Instant.MIN;
  private int failures;
  private long passedOver;

  /** The stored cursor as this feed last read or wrote it; -1 when it must be read. */
  private long knownStored = -1;

  SubscriberFeed(
      EventSubscriber subscriber,
      FeedTransactions transactions,
      EventLog eventLog,
      RelayedEvents relayed,
      TimeSource time) {
    this.subscriber = subscriber;
    this.transactions = transactions;
    this.eventLog = eventLog;
    this.relayed = relayed;
    this.time = time;
  }

  String name() {
    return subscriber.name();
  }

  /** Asks for a catch-up on {@code executor}: at once unless one runs or a retry is not due. */
  void wakeUp(Executor executor) {
    wanted.set(true);
    if (!time.now().isBefore(nextAttempt) && running.compareAndSet(false, true)) {
      try {
        executor.execute(() -> run(executor));
      } catch (RuntimeException rejected) {
        running.set(false);
        throw rejected;
      }
    }
  }

  private void run(Executor executor) {
    try {
      while (wanted.getAndSet(false) && catchUp()) {
        // a wake-up arrived while catching up: look again
      }
    } finally {
      running.set(false);
    }
    if (wanted.get()) {
      wakeUp(executor);
    }
  }

  /**
   * Hands over every event the log has after the cursor; false when it stopped on a failure or
   * because another transaction (another node) holds or moved the cursor.
   */
  boolean catchUp() {
    StoredEvent current = null;
    try {
      long stored = knownStored < 0 ? transactions.positionOrStart(name()) : knownStored;
      knownStored = stored;
      long position = Math.max(stored, passedOver);
      Set<EventType> handled = null;
      List<StoredEvent> batch;
      do {
        batch = eventsAfter(position);
        for (StoredEvent event : batch) {
          handled = handled == null ? subscriber.eventTypes() : handled;
          if (handled.contains(event.type())) {
            current = event;
            if (!moveCursor(stored, position) || !handOver(position, event)) {
              return false;
            }
            stored = position = event.id();
            current = null;
            failures = 0;
          }
        }
        position = batch.isEmpty() ? position : Math.max(position, lastOf(batch));
        passedOver = position;
      } while (batch.size() == BATCH);
      boolean caughtUp = position - stored < SKIPS_PER_WRITE || moveCursor(stored, position);
      failures = 0;
      return caughtUp;
    } catch (RuntimeException e) {
      knownStored = -1;
      retryLater(current, e);
      return false;
    }
  }

  private List<StoredEvent> eventsAfter(long position) {
    return relayed.after(position, BATCH).orElseGet(() -> eventLog.readAfter(position, BATCH));
  }

  private boolean handOver(long expected, StoredEvent event) {
    boolean handedOver = transactions.handOver(subscriber, expected, event);
    knownStored = handedOver ? event.id() : -1;
    return handedOver;
  }

  /** Moves the stored cursor over events passed over in memory; false as for a handover. */
  private boolean moveCursor(long stored, long position) {
    if (position == stored) {
      return true;
    }
    boolean moved = transactions.skipTo(name(), stored, position);
    knownStored = moved ? position : -1;
    return moved;
  }

  private static long lastOf(List<StoredEvent> batch) {
    return batch.get(batch.size() - 1).id();
  }

  private void retryLater(StoredEvent event, RuntimeException failure) {
    failures++;
    Duration delay =
        failure instanceof RetryLater asked && asked.delay() != null
            ? asked.delay()
            : backoff(failures);
    nextAttempt = time.now().plus(delay);
    String what = event == null ? "reading its cursor" : "event " + event.id();
    LOG.log(
        Level.WARNING,
        "Subscriber "
            + name()
            + " failed on "
            + what
            + " (failure "
            + failures
            + "); trying again in "
            + delay.toMillis()
            + " ms: "
            + failure,
        failure instanceof RetryLater ? null : failure);
  }

  /** 1 s, 2 s, 4 s, ... up to 30 s. */
  static Duration backoff(int failures) {
    int doublings = Math.min(failures - 1, 10);
    Duration delay = FIRST_RETRY.multipliedBy(1L << doublings);
    return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
  }
}
