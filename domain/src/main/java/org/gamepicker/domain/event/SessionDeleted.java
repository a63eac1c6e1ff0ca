package org.gamepicker.domain.event;

import java.time.Instant;

/** A closed session was deleted with its games and votes. */
public record SessionDeleted(long sessionId, Instant occurredAt) implements SessionScopedEvent {

  @Override
  public EventType type() {
    return EventType.SESSION_DELETED;
  }
}
