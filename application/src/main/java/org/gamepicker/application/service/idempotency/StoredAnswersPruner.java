package org.gamepicker.application.service.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.out.StoredAnswers;
import org.gamepicker.application.port.out.TimeSource;

/**
 * Deletes the stored answers older than {@link StoredAnswers#KEPT_FOR}, on the executor the server
 * {@link #start starts} it with, every {@link #PERIOD_MINUTES} minutes, in batches of {@link
 * #BATCH} rows (one short transaction each, by the claim-time index), so a big table is pruned
 * without a long lock. Safe with several nodes: a row is deleted once, whoever deletes it.
 */
@ApplicationScoped
public class StoredAnswersPruner {

  private static final Logger LOG = Logger.getLogger(StoredAnswersPruner.class.getName());

  static final long PERIOD_MINUTES = 10;
  static final int BATCH = 1_000;

  private StoredAnswers answers;
  private TimeSource time;
  private volatile ScheduledFuture<?> timer;

  protected StoredAnswersPruner() {}

  @Inject
  public StoredAnswersPruner(StoredAnswers answers, TimeSource time) {
    this.answers = answers;
    this.time = time;
  }

  /** Prunes every {@link #PERIOD_MINUTES} minutes on {@code executor}, the first time at once. */
  public void start(ScheduledExecutorService executor) {
    timer = executor.scheduleWithFixedDelay(this::pruneLogged, 0, PERIOD_MINUTES, TimeUnit.MINUTES);
  }

  /** Ends the timer. */
  public void stop() {
    ScheduledFuture<?> running = timer;
    if (running != null) {
      running.cancel(false);
    }
  }

  /** Deletes the expired answers, batch after batch; returns how many. */
  int prune() {
    Instant before = time.now().minus(StoredAnswers.KEPT_FOR);
    int total = 0;
    for (int deleted = BATCH; deleted == BATCH; total += deleted) {
      deleted = answers.pruneClaimedBefore(before, BATCH);
    }
    return total;
  }

  /** Never throws: an exception would end the timer. */
  private void pruneLogged() {
    try {
      prune();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Expired Idempotency-Key answers could not be pruned; retrying", e);
    }
  }
}
