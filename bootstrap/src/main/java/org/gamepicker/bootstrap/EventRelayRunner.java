package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.service.event.EventAppended;
import org.gamepicker.application.service.event.EventFeed;
import org.gamepicker.application.service.event.EventRelay;

/**
 * Runs the live event relay and the durable event feed on the server's managed executors, never on
 * a request thread: woken after each commit that appended events (a burst of commits wakes them
 * once), and every second as a safety net that also picks up events committed by other nodes and
 * retries failed subscribers when due. Each durable subscriber catches up on a task of its own.
 */
@ApplicationScoped
public class EventRelayRunner {

  private static final Logger LOG = Logger.getLogger(EventRelayRunner.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Resource ManagedExecutorService subscriberTasks;
  @Inject EventRelay relay;
  @Inject EventFeed feed;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private ScheduledFuture<?> safetyNet;

  void start(@Observes Startup startup) {
    relay.relayNewEvents();
    safetyNet = executor.scheduleWithFixedDelay(this::relayAndFeed, 1, 1, TimeUnit.SECONDS);
  }

  /** The committing request returns at once; the relay and the feed run on the executors. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
    if (wakeUpPending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            wakeUpPending.set(false);
            relayAndFeed();
          });
    }
  }

  /** Never throws: an exception would end the timer. */
  private void relayAndFeed() {
    try {
      relay.relayNewEvents();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Live event relay failed; retrying in a second", e);
    }
    try {
      feed.wakeUp(subscriberTasks);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Event feed could not start its subscribers; retrying in a second", e);
    }
  }

  @PreDestroy
  void stop() {
    if (safetyNet != null) {
      safetyNet.cancel(false);
    }
  }
}
