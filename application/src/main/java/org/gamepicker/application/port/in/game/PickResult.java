package org.gamepicker.application.port.in.game;

import org.gamepicker.domain.game.Game;

/** The picked game, how many games it was drawn from and how many are enabled in all. */
public record PickResult(Game game, int poolSize, int totalEnabled) {}
