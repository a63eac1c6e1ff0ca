package org.gamepicker.application.service.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.application.port.out.TimeSource;

/**
 * Closes the polls whose time is up, on the executor the server {@link #start starts} it with: at
 * once (the polls whose time passed while the server was down) and then every {@link
 * #PERIOD_MILLIS} ms. Each poll closes in a transaction of its own that locks the poll's row and
 * closes it only if it is still open, so that with several nodes exactly one closes it. A failed
 * run (the database away) is logged and retried by the next.
 */
@ApplicationScoped
public class PollClosingScheduler {

  private static final Logger LOG = Logger.getLogger(PollClosingScheduler.class.getName());

  /** How often the open polls are checked: a poll closes at most this much after its time. */
  static final long PERIOD_MILLIS = 250;

  private PollRepository polls;
  private PollsUseCase closer;
  private TimeSource time;
  private volatile ScheduledFuture<?> timer;

  protected PollClosingScheduler() {}

  @Inject
  public PollClosingScheduler(PollRepository polls, PollsUseCase closer, TimeSource time) {
    this.polls = polls;
    this.closer = closer;
    this.time = time;
  }

  /** Closes the polls due now, then keeps checking on {@code executor}. */
  public void start(ScheduledExecutorService executor) {
    closeDueLogged();
    timer =
        executor.scheduleWithFixedDelay(
            this::closeDueLogged, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Ends the timer. */
  public void stop() {
    ScheduledFuture<?> running = timer;
    if (running != null) {
      running.cancel(false);
    }
  }

  /** Closes every open poll whose time is up; one that fails does not keep the others open. */
  void closeDue() {
    for (long pollId : polls.findDueToClose(time.now())) {
      try {
        closer.closeIfDue(pollId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Poll " + pollId + " could not be closed; retrying", e);
      }
    }
  }

  /** Never throws: an exception would end the timer. */
  private void closeDueLogged() {
    try {
      closeDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The polls due to close could not be read; retrying", e);
    }
  }
}
