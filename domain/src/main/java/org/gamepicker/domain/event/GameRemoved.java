package org.gamepicker.domain.event;

import java.time.Instant;

/** The host removed a game from the session, with its votes. */
public record GameRemoved(long sessionId, long sessionGameId, long gameId, Instant occurredAt)
    implements SessionScopedEvent {

  @Override
  public EventType type() {
    return EventType.GAME_REMOVED;
  }
}
