package org.gamepicker.domain.event;

import java.time.Instant;

/**
 * A game started in the active session (the one playing before became played); carries the catalog
 * game as it was, so that listeners need not look it up.
 */
public record GameAdded(long sessionId, int gamesPlayed, PlayedGame game, Instant occurredAt)
    implements SessionScopedEvent {

  /** The game being played: the catalog game and this play of it. */
  public record PlayedGame(
      long gameId,
      long sessionGameId,
      String title,
      String packName,
      int minPlayers,
      int maxPlayers,
      boolean manuallyAdded,
      String roomCode) {}

  @Override
  public EventType type() {
    return EventType.GAME_ADDED;
  }
}
