package org.gamepicker.domain.event;

/** A catalog game as catalog events tell it: what a listener needs without looking it up. */
public record CatalogGame(
    long gameId,
    String title,
    String packName,
    int minPlayers,
    int maxPlayers,
    boolean enabled,
    int favorBias) {}
