package org.gamepicker.domain.event;

import java.time.Instant;

/** A game night began: the session was created and is now the active one. */
public record SessionStarted(long sessionId, Instant createdAt, String notes, Instant occurredAt)
    implements SessionScopedEvent {

  @Override
  public EventType type() {
    return EventType.SESSION_STARTED;
  }
}
