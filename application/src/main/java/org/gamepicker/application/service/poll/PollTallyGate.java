package org.gamepicker.application.service.poll;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps {@code poll.tally} to a few a second while ballots arrive: a ballot publishes a tally only
 * when this node published none for the poll in the last {@link #GAP}. The ballots in between are
 * in the next tally and, at the latest, in {@code poll.ended}, which carries the final counts.
 */
@ApplicationScoped
public class PollTallyGate {

  /** Least time between two tallies of one poll from one node. */
  public static final Duration GAP = Duration.ofMillis(250);

  private final Map<Long, Instant> lastTally = new ConcurrentHashMap<>();

  /** Whether a ballot counted at {@code now} publishes a tally; if so, starts a new gap. */
  public boolean due(long pollId, Instant now) {
    boolean[] due = {false};
    lastTally.compute(
        pollId,
        (id, last) -> {
          if (last == null || !now.isBefore(last.plus(GAP))) {
            due[0] = true;
            return now;
          }
          return last;
        });
    return due[0];
  }

  /** Forgets a closed poll. */
  public void forget(long pollId) {
    lastTally.remove(pollId);
  }
}
