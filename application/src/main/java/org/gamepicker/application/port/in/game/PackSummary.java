package org.gamepicker.application.port.in.game;

import org.gamepicker.domain.game.FavorBias;

/** A pack as the host sees it: its settings and how many of its games there are and enabled. */
public record PackSummary(
    String name, boolean enabled, FavorBias favorBias, int gameCount, int enabledCount) {}
