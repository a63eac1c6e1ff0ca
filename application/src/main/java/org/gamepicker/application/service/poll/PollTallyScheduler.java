package org.gamepicker.application.service.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.out.TimeSource;

/**
 * Sends the trailing {@code poll.tally} of each poll whose last ballots {@link PollTallyGate} held
 * back, at the end of the gap (checked every {@link #PERIOD_MILLIS} ms on the executor the server
 * {@link #start starts} it with), so that subscribers see a burst's final counts within a moment of
 * its last ballot rather than only in {@code poll.ended}. A tally that fails (the database away) is
 * held back again and retried by the next run.
 */
@ApplicationScoped
public class PollTallyScheduler {

  private static final Logger LOG = Logger.getLogger(PollTallyScheduler.class.getName());

  /** How often the gaps are checked: a trailing tally comes at most this much after its gap. */
  static final long PERIOD_MILLIS = 50;

  private PollTallyGate tallies;
  private PollsUseCase polls;
  private TimeSource time;
  private volatile ScheduledFuture<?> timer;

  protected PollTallyScheduler() {}

  @Inject
  public PollTallyScheduler(PollTallyGate tallies, PollsUseCase polls, TimeSource time) {
    this.tallies = tallies;
    this.polls = polls;
    this.time = time;
  }

  /** Keeps sending the trailing tallies on {@code executor}. */
  public void start(ScheduledExecutorService executor) {
    timer =
        executor.scheduleWithFixedDelay(
            this::sendDue, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Ends the timer. */
  public void stop() {
    ScheduledFuture<?> running = timer;
    if (running != null) {
      running.cancel(false);
    }
  }

  /** Publishes a tally for each poll whose held-back ballots are due; never throws. */
  void sendDue() {
    for (long pollId : tallies.trailingDue(time.now())) {
      try {
        polls.tallyHeldBackBallots(pollId);
      } catch (RuntimeException e) {
        tallies.heldBack(pollId);
        LOG.log(Level.WARNING, "Poll " + pollId + "'s last tally could not be sent; retrying", e);
      }
    }
  }
}
