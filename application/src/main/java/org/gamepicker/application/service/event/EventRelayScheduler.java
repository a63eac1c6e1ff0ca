package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.out.event.EventCommitSignal;
import org.gamepicker.application.port.out.event.HeldBackEventsListener;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * Decides when the live event relay and the durable event feed run, on the executors the server
 * {@link #start starts} it with, never on a request thread: after each commit that appended events
 * (a burst of commits wakes them once), when another node sharing the database announces its
 * commits, again a few milliseconds after a read the log held back for transactions in flight, and
 * every second as a safety net that also retries failed subscribers when due. Each durable
 * subscriber catches up on a task of its own. A failed relay run (the database away) is logged and
 * retried by the next; until one succeeds the relay {@link #notRunningBecause is not running}.
 */
@ApplicationScoped
public class EventRelayScheduler implements HeldBackEventsListener {

  private static final Logger LOG = Logger.getLogger(EventRelayScheduler.class.getName());

  /**
   * How soon the relay reads again when the log held events back for transactions in flight, or
   * when events committed here wait for an earlier id (usually a commit just overtaken, which then
   * arrives in memory and needs no read).
   */
  private static final long RETRY_MILLIS = 5;

  /**
   * The durable feed runs at most this often: each run asks its subscribers what they want (the
   * webhooks' answer is a query), and under a stream of votes a run per commit cost the database a
   * query per vote. Webhooks and Discord are told at most this much later.
   */
  static final long FEED_GAP_MILLIS = 20;

  /** What a relay run reads. */
  private enum Run {
    /** The events committed here, from memory; the log soon after if some wait for earlier ids. */
    COMMITTED,
    /** The log: events may be there that this node did not commit. */
    LOG,
    /** The log, if events committed here still wait for earlier ids. */
    LOG_IF_WAITING
  }

  private EventRelay relay;
  private EventFeed feed;
  private EventCommitSignal otherNodes;
  private volatile ScheduledExecutorService executor;
  private volatile Executor subscriberTasks;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private final AtomicBoolean logReadWanted = new AtomicBoolean();
  private final AtomicBoolean announcePending = new AtomicBoolean();
  private final AtomicBoolean retryPending = new AtomicBoolean();
  private final AtomicBoolean waitingCheckPending = new AtomicBoolean();
  private final AtomicBoolean feedPending = new AtomicBoolean();
  private volatile long lastFeedNanos =
      System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(FEED_GAP_MILLIS);
  private volatile String lastFailure = "not started yet";
  private volatile ScheduledFuture<?> safetyNet;

  protected EventRelayScheduler() {}

  @Inject
  public EventRelayScheduler(EventRelay relay, EventFeed feed, EventCommitSignal otherNodes) {
    this.relay = relay;
    this.feed = feed;
    this.otherNodes = otherNodes;
  }

  /**
   * Starts relaying from the log's end: runs and timers on {@code executor}, each durable
   * subscriber's catching up on {@code subscriberTasks}; throws when the first read fails.
   */
  public void start(ScheduledExecutorService executor, Executor subscriberTasks) {
    this.executor = executor;
    this.subscriberTasks = subscriberTasks;
    relay.relayNewEvents();
    lastFailure = null;
    safetyNet =
        executor.scheduleWithFixedDelay(() -> relayAndFeed(Run.LOG), 1, 1, TimeUnit.SECONDS);
    otherNodes.listen(() -> wakeUp(true));
  }

  /** Ends the timer. */
  public void stop() {
    ScheduledFuture<?> timer = safetyNet;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /**
   * An event this node committed (called after the commit, on the committing thread, which returns
   * at once): the relay hands it on from the executor, without reading the log when it is next in
   * order, and the feed follows.
   */
  public void committed(StoredEvent event) {
    relay.committed(event);
    if (announcePending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            announcePending.set(false);
            otherNodes.announce();
          });
    }
    wakeUp(false);
  }

  /** Reads again shortly: the events the log held back are readable once their transactions end. */
  @Override
  public void eventsHeldBack() {
    runSoon(retryPending, Run.LOG);
  }

  /** Why the relay is not running, or empty while it is (started, and its last run succeeded). */
  public Optional<String> notRunningBecause() {
    ScheduledFuture<?> timer = safetyNet;
    if (timer == null || timer.isDone()) {
      return Optional.of("not running");
    }
    return Optional.ofNullable(lastFailure);
  }

  private void runSoon(AtomicBoolean pending, Run run) {
    if (pending.compareAndSet(false, true)) {
      executor.schedule(
          () -> {
            pending.set(false);
            relayAndFeed(run);
          },
          RETRY_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  /** {@code readLog}: events may be in the log that this node did not commit. */
  private void wakeUp(boolean readLog) {
    if (readLog) {
      logReadWanted.set(true);
    }
    if (wakeUpPending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            wakeUpPending.set(false);
            relayAndFeed(logReadWanted.getAndSet(false) ? Run.LOG : Run.COMMITTED);
          });
    }
  }

  /** Never throws: an exception would end the timer. */
  private void relayAndFeed(Run run) {
    try {
      switch (run) {
        case LOG -> relay.relayNewEvents();
        case COMMITTED -> {
          if (!relay.relayCommitted()) {
            runSoon(waitingCheckPending, Run.LOG_IF_WAITING);
          }
        }
        case LOG_IF_WAITING -> {
          if (!relay.relayCommitted()) {
            relay.relayNewEvents();
          }
        }
      }
      lastFailure = null;
    } catch (RuntimeException e) {
      if (lastFailure == null) {
        LOG.log(Level.WARNING, "The event relay failed; retrying every second", e);
      }
      lastFailure = String.valueOf(e.getMessage());
    }
    wakeUpFeed();
  }

  /** Wakes the feed now, or {@link #FEED_GAP_MILLIS} after its last wake-up; never throws. */
  private void wakeUpFeed() {
    long wait = lastFeedNanos + TimeUnit.MILLISECONDS.toNanos(FEED_GAP_MILLIS) - System.nanoTime();
    try {
      if (wait <= 0) {
        lastFeedNanos = System.nanoTime();
        feed.wakeUp(subscriberTasks);
      } else if (feedPending.compareAndSet(false, true)) {
        executor.schedule(this::wakeUpFeedWhenDue, wait, TimeUnit.NANOSECONDS);
      }
    } catch (RuntimeException e) {
      feedPending.set(false);
      LOG.log(Level.WARNING, "Event feed could not start its subscribers; retrying in a second", e);
    }
  }

  private void wakeUpFeedWhenDue() {
    feedPending.set(false);
    wakeUpFeed();
  }
}
