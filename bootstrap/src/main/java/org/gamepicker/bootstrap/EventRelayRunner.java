package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.service.event.EventAppended;
import org.gamepicker.application.service.event.EventRelay;

/**
 * Runs the event relay on the server's managed executor, never on a request thread: woken after
 * each commit that appended events (a burst of commits wakes it once), and every second as a safety
 * net that also picks up events committed by other nodes. A failed run (the database away) is
 * logged and retried by the next; until one succeeds the server reports itself not ready.
 */
@ApplicationScoped
public class EventRelayRunner {

  private static final Logger LOG = Logger.getLogger(EventRelayRunner.class.getName());

  @Resource ManagedScheduledExecutorService executor;
  @Inject EventRelay relay;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private ScheduledFuture<?> safetyNet;
  private volatile String lastFailure = "not started yet";

  void start(@Observes Startup startup) {
    relay.relayNewEvents();
    lastFailure = null;
    safetyNet = executor.scheduleWithFixedDelay(this::relay, 1, 1, TimeUnit.SECONDS);
  }

  /** The committing request returns at once; the relay runs on the executor. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
    if (wakeUpPending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            wakeUpPending.set(false);
            relay();
          });
    }
  }

  private void relay() {
    try {
      relay.relayNewEvents();
      lastFailure = null;
    } catch (RuntimeException e) {
      if (lastFailure == null) {
        LOG.log(Level.WARNING, "The event relay failed; retrying every second", e);
      }
      lastFailure = String.valueOf(e.getMessage());
    }
  }

  /** Why the relay is not running, or empty while it is (started, and its last run succeeded). */
  Optional<String> notRunningBecause() {
    if (safetyNet == null || safetyNet.isDone()) {
      return Optional.of("not running");
    }
    return Optional.ofNullable(lastFailure);
  }

  @PreDestroy
  void stop() {
    if (safetyNet != null) {
      safetyNet.cancel(false);
    }
  }
}
