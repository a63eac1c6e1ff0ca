package org.gamepicker.domain.event;

import java.time.Instant;
import java.util.List;

/** The host opened an audience poll: its candidates, in choice order, and when it closes. */
public record PollStarted(
    long sessionId, long pollId, Instant closesAt, List<PollOption> candidates, Instant occurredAt)
    implements SessionScopedEvent {

  public PollStarted {
    candidates = List.copyOf(candidates);
  }

  @Override
  public EventType type() {
    return EventType.POLL_STARTED;
  }
}
