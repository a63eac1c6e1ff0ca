package org.gamepicker.application.port.in.session;

import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.session.RoomCode;

/** Command: start a catalog game in a session, optionally with its room code. */
public record AddGameCommand(
    long sessionId, Long gameId, boolean manuallyAdded, RoomCode roomCode) {

  public AddGameCommand {
    Require.present(gameId, "game_id");
  }
}
