package org.gamepicker.domain.session;

import java.time.Instant;
import org.gamepicker.domain.common.Require;

/**
 * One play of a catalog game within a session (an entity of the {@link Session} aggregate): its
 * place in the play order, status, when it was added (started), whether the host added it by hand,
 * and the room code and player count when known. The id is null until the session is stored.
 */
public final class SessionGame {

  private final long id;
  private final long gameId;
  private final int position;
  private final SessionGameStatus status;
  private final Instant playedAt;
  private final boolean manuallyAdded;
  private final RoomCode roomCode;
  private final Integer playerCount;

  private SessionGame(
      long id,
      long gameId,
      int position,
      SessionGameStatus status,
      Instant playedAt,
      boolean manuallyAdded,
      RoomCode roomCode,
      Integer playerCount) {
    Require.that(position >= 1, "position", "position must be at least 1");
    Require.that(
        playerCount == null || playerCount >= 1,
        "player_count",
        "player_count must be at least 1 when given");
    this.id = id;
    this.gameId = gameId;
    this.position = position;
    this.status = Require.present(status, "status");
    this.playedAt = Require.present(playedAt, "played_at");
    this.manuallyAdded = manuallyAdded;
    this.roomCode = roomCode;
    this.playerCount = playerCount;
  }

  static SessionGame start(
      long id, long gameId, int position, Instant now, boolean manuallyAdded, RoomCode roomCode) {
    return new SessionGame(
        id, gameId, position, SessionGameStatus.PLAYING, now, manuallyAdded, roomCode, null);
  }

  /** A session game as stored. */
  public static SessionGame restore(
      long id,
      long gameId,
      int position,
      SessionGameStatus status,
      Instant playedAt,
      boolean manuallyAdded,
      RoomCode roomCode,
      Integer playerCount) {
    return new SessionGame(
        id, gameId, position, status, playedAt, manuallyAdded, roomCode, playerCount);
  }

  SessionGame withStatus(SessionGameStatus newStatus) {
    return new SessionGame(
        id, gameId, position, newStatus, playedAt, manuallyAdded, roomCode, playerCount);
  }

  SessionGame withRoomCode(RoomCode newCode) {
    return new SessionGame(
        id, gameId, position, status, playedAt, manuallyAdded, newCode, playerCount);
  }

  SessionGame withPlayerCount(Integer newCount) {
    return new SessionGame(
        id, gameId, position, status, playedAt, manuallyAdded, roomCode, newCount);
  }

  public long id() {
    return id;
  }

  public long gameId() {
    return gameId;
  }

  public int position() {
    return position;
  }

  public SessionGameStatus status() {
    return status;
  }

  public Instant playedAt() {
    return playedAt;
  }

  public boolean manuallyAdded() {
    return manuallyAdded;
  }

  public RoomCode roomCode() {
    return roomCode;
  }

  public Integer playerCount() {
    return playerCount;
  }
}
