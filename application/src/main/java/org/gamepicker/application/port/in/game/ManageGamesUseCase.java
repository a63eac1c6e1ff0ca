package org.gamepicker.application.port.in.game;

import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;

/** Use case: the host creates, replaces, deletes, toggles and (dis)favours games. */
public interface ManageGamesUseCase {

  /** Adds a game; its title must be new within its pack (409 otherwise). */
  Game create(GameDraft draft);

  /** Replaces a game's details (and enabled flag / favour bias when given). */
  Game replace(long id, GameDraft draft);

  /** Deletes a game that was never played; a played one must be disabled instead (409). */
  void delete(long id);

  /** Flips the game's enabled flag. */
  Game toggle(long id);

  Game setFavorBias(long id, FavorBias bias);
}
