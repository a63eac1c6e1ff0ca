package org.gamepicker.domain.event;

import java.time.Instant;
import java.util.List;

/**
 * Ballots arrived in an open poll: each candidate's ballots, in choice order (the first count is
 * choice 1's). Sent at most a few times a second; {@link PollEnded} carries the final counts.
 */
public record PollTally(long sessionId, long pollId, List<Integer> counts, Instant occurredAt)
    implements SessionScopedEvent {

  public PollTally {
    counts = List.copyOf(counts);
  }

  @Override
  public EventType type() {
    return EventType.POLL_TALLY;
  }
}
