package org.gamepicker.domain.event;

import java.time.Instant;

/**
 * The host changed the room code of a game of the session (Jackbox gives a new one when a room is
 * closed); {@code roomCode} is null when it was cleared.
 */
public record GameRoomCodeChanged(
    long sessionId, long sessionGameId, long gameId, String roomCode, Instant occurredAt)
    implements SessionScopedEvent {

  @Override
  public EventType type() {
    return EventType.GAME_ROOM_CODE_CHANGED;
  }
}
