package org.gamepicker.application.service.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.retention.PruneExpiredUseCase;

/**
 * Runs the retention job on the executor the server {@link #start starts} it with: at once, then
 * every {@link PruneExpiredUseCase#period period}, it removes the events and then the webhook
 * deliveries past their horizons, batch after batch (each its own short transaction) until none is
 * left or the server stops. Safe with several nodes: a node skips the event log while another
 * prunes it, and deliveries another node holds are skipped. A failed run is logged and retried by
 * the next.
 */
@ApplicationScoped
public class RetentionScheduler {

  private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

  private PruneExpiredUseCase prune;
  private volatile boolean stopping;
  private volatile ScheduledFuture<?> timer;

  protected RetentionScheduler() {}

  @Inject
  public RetentionScheduler(PruneExpiredUseCase prune) {
    this.prune = prune;
  }

  /** Logs the horizons, then prunes now and every period on {@code executor}. */
  public void start(ScheduledExecutorService executor) {
    long periodMillis = prune.period().toMillis();
    LOG.info("Retention: " + prune.describe() + "; pruning every " + periodMillis + " ms");
    timer =
        executor.scheduleWithFixedDelay(this::pruneOnce, 0, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** Ends the timer; a run under way stops after its batch. */
  public void stop() {
    stopping = true;
    ScheduledFuture<?> running = timer;
    if (running != null) {
      running.cancel(false);
    }
  }

  /** One run: events, then deliveries; never throws (an exception would end the timer). */
  void pruneOnce() {
    drain("events", prune::pruneEvents);
    drain("webhook deliveries", prune::pruneDeliveries);
  }

  private void drain(String what, IntSupplier batch) {
    long startedAt = System.nanoTime();
    int removed = 0;
    int last = 1;
    try {
      while (last > 0 && !stopping) {
        last = batch.getAsInt();
        removed += last;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention pruning of " + what + " failed; retrying later", e);
    }
    if (removed > 0) {
      LOG.info(
          "Retention removed "
              + removed
              + " "
              + what
              + " in "
              + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt)
              + " ms");
    }
  }
}
