package org.gamepicker.application.port.in.session;

import org.gamepicker.domain.session.RoomCode;
import org.gamepicker.domain.session.SessionGameStatus;

/** Use case: adds games to a session and edits or removes them. */
public interface SessionGamesUseCase {

  /**
   * Starts a game in an active session (the playing one becomes played) and counts a play of it;
   * NotFoundException for an unknown session or game, ConflictException on a closed session.
   */
  SessionGameView add(AddGameCommand command);

  SessionGameView changeStatus(ChangeGameCommand game, SessionGameStatus status);

  /** Sets or (with null) clears the room code. */
  SessionGameView changeRoomCode(ChangeGameCommand game, RoomCode roomCode);

  /** Sets or (with null) clears the player count. */
  SessionGameView changePlayerCount(ChangeGameCommand game, Integer playerCount);

  void remove(ChangeGameCommand game);
}
