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
import org.gamepicker.application.port.out.event.EventCommitSignal;
import org.gamepicker.application.service.event.EventAppended;
import org.gamepicker.application.service.event.EventRelay;

/**
 * Runs the event relay on the server's managed executor, never on a request thread: woken after
 * each commit that appended events (a burst of commits wakes it once), when another node sharing
 * the database announces its commits, and every second as a safety net.
 */
@ApplicationScoped
public class EventRelayRunner {

  @Resource ManagedScheduledExecutorService executor;
  @Inject EventRelay relay;
  @Inject EventCommitSignal otherNodes;
  private final AtomicBoolean wakeUpPending = new AtomicBoolean();
  private final AtomicBoolean announcePending = new AtomicBoolean();
  private ScheduledFuture<?> safetyNet;

  void start(@Observes Startup startup) {
    relay.relayNewEvents();
    safetyNet = executor.scheduleWithFixedDelay(relay::relayNewEvents, 1, 1, TimeUnit.SECONDS);
    otherNodes.listen(this::wakeUp);
  }

  /** The committing request returns at once; the relay runs on the executor. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
    if (announcePending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            announcePending.set(false);
            otherNodes.announce();
          });
    }
    wakeUp();
  }

  private void wakeUp() {
    if (wakeUpPending.compareAndSet(false, true)) {
      executor.execute(
          () -> {
            wakeUpPending.set(false);
            relay.relayNewEvents();
          });
    }
  }

  @PreDestroy
  void stop() {
    if (safetyNet != null) {
      safetyNet.cancel(false);
    }
  }
}
