package org.gamepicker.domain.event;

import java.time.Instant;

/** The game night was closed; its playing game became played. */
public record SessionEnded(long sessionId, int gamesPlayed, Instant occurredAt)
    implements SessionScopedEvent {

  @Override
  public EventType type() {
    return EventType.SESSION_ENDED;
  }
}
