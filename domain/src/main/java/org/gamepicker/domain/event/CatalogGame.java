package org.gamepicker.domain.event;

import org.gamepicker.domain.game.Game;

/** A catalog game as catalog events tell it: what a listener needs without looking it up. */
public record CatalogGame(
    long gameId,
    String title,
    String packName,
    int minPlayers,
    int maxPlayers,
    boolean enabled,
    int favorBias) {

  /** The stored game (its id assigned). */
  public static CatalogGame of(Game game) {
    return new CatalogGame(
        game.id(),
        game.title(),
        game.packName(),
        game.details().minPlayers(),
        game.details().maxPlayers(),
        game.enabled(),
        game.favorBias().value());
  }
}
