package org.gamepicker.application.service.poll;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps {@code poll.tally} to a few a second while ballots arrive, without losing the last counts:
 * a ballot publishes a tally only when this node published none for the poll in the last {@link
 * #GAP}; a ballot held back is {@link #heldBack remembered} once committed, and at the end of the
 * gap its poll is {@link #trailingDue due} one more tally, with the counts then, which {@link
 * #trailingTally} lets through once.
 */
@ApplicationScoped
public class PollTallyGate {

  /** Least time between two tallies of one poll from one node. */
  public static final Duration GAP = Duration.ofMillis(250);

  /** A poll's last tally and whether a committed ballot came after it. */
  private record Gap(Instant lastTally, boolean heldBack) {

    boolean over(Instant now) {
      return !now.isBefore(lastTally.plus(GAP));
    }
  }

  private final Map<Long, Gap> gaps = new ConcurrentHashMap<>();

  /** Whether a ballot counted at {@code now} publishes a tally; if so, starts a new gap. */
  public boolean due(long pollId, Instant now) {
    boolean[] due = {false};
    gaps.compute(
        pollId,
        (id, gap) -> {
          if (gap == null || gap.over(now)) {
            due[0] = true;
            return new Gap(now, false);
          }
          return gap;
        });
    return due[0];
  }

  /** A ballot that published no tally has committed: its counts are due in a trailing tally. */
  public void heldBack(long pollId) {
    gaps.computeIfPresent(pollId, (id, gap) -> new Gap(gap.lastTally(), true));
  }

  /** The polls with a ballot held back whose gap is over at {@code now}. */
  public List<Long> trailingDue(Instant now) {
    List<Long> due = new ArrayList<>();
    gaps.forEach(
        (pollId, gap) -> {
          if (gap.heldBack() && gap.over(now)) {
            due.add(pollId);
          }
        });
    return due;
  }

  /**
   * Whether the poll publishes its trailing tally at {@code now} (a ballot held back, the gap
   * over); if so, starts a new gap, so that only one caller does.
   */
  public boolean trailingTally(long pollId, Instant now) {
    boolean[] due = {false};
    gaps.computeIfPresent(
        pollId,
        (id, gap) -> {
          if (gap.heldBack() && gap.over(now)) {
            due[0] = true;
            return new Gap(now, false);
          }
          return gap;
        });
    return due[0];
  }

  /** Forgets a closed poll. */
  public void forget(long pollId) {
    gaps.remove(pollId);
  }
}
