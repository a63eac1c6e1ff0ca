package org.gamepicker.domain.event;

import java.time.Instant;
import java.util.List;

/** A poll closed (at its time or by the host): the final counts in choice order and the winner. */
public record PollEnded(
    long sessionId, long pollId, List<Integer> counts, PollOption winner, Instant occurredAt)
    implements SessionScopedEvent {

  public PollEnded {
    counts = List.copyOf(counts);
  }

  @Override
  public EventType type() {
    return EventType.POLL_ENDED;
  }
}
