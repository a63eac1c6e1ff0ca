package org.gamepicker.application.port.in.game;

import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.GameDetails;

/**
 * Command data for creating or replacing a game: its details, and optionally its enabled flag and
 * favour bias (null: a new game's default, or the replaced game's current value).
 */
public record GameDraft(GameDetails details, Boolean enabled, FavorBias favorBias) {

  public GameDraft {
    Require.present(details, "details");
  }
}
