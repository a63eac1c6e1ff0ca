package org.gamepicker.domain.event;

import java.time.Instant;
import org.gamepicker.domain.session.SessionGameStatus;

/** The host changed the status of a game of the session by hand (played, skipped, ...). */
public record GameStatusChanged(
    long sessionId, long sessionGameId, long gameId, SessionGameStatus status, Instant occurredAt)
    implements SessionScopedEvent {

  @Override
  public EventType type() {
    return EventType.GAME_STATUS_CHANGED;
  }
}
