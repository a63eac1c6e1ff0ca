package org.gamepicker.application.port.in.session;

import java.time.Instant;
import java.util.List;

/** Read model of a session with its games in play order. */
public record SessionView(
    long id,
    String notes,
    boolean active,
    Instant createdAt,
    Instant closedAt,
    int gamesPlayed,
    List<SessionGameView> games) {}
