package org.gamepicker.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.gamepicker.application.port.out.event.EventsInFlight;
import org.gamepicker.application.service.event.EventAppended;
import org.gamepicker.application.service.event.EventRelay;

/**
 * Runs the event relay on the server's managed executor, never on a request thread: woken after
 * each commit that appended events (a burst of commits wakes it once), again a few milliseconds
 * after a read the log held back for transactions in flight, and every second as a safety net that
 * also picks up events committed by other nodes.
 */
@ApplicationScoped
public class EventRelayRunner {

  /** How soon the relay reads again when the log held events back for transactions in flight. */
  private static final long RETRY_MILLIS = 5;

  @Resource ManagedScheduledExecutorService executor;
  @Inject EventRelay relay;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private final AtomicBoolean retryPending = new AtomicBoolean();
  private ScheduledFuture<?> safetyNet;

  void start(@Observes Startup startup) {
    relay.relayNewEvents();
    safetyNet = executor.scheduleWithFixedDelay(relay::relayNewEvents, 1, 1, TimeUnit.SECONDS);
  }

  /** The committing request returns at once; the relay runs on the executor. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
    if (wakeUpPending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            wakeUpPending.set(false);
            relay.relayNewEvents();
          });
    }
  }

  /** Reads again shortly: the events held back are readable once their transactions end. */
  void heldBack(@Observes EventsInFlight inFlight) {
    if (retryPending.compareAndSet(false, true)) {
      executor.schedule(
          () -> {
            retryPending.set(false);
            relay.relayNewEvents();
          },
          RETRY_MILLIS,
          TimeUnit.MILLISECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (safetyNet != null) {
      safetyNet.cancel(false);
    }
  }
}
