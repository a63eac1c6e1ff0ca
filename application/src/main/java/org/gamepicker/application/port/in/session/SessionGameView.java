package org.gamepicker.application.port.in.session;

import java.time.Instant;

/**
 * Read model of one game of a session, with the catalog game's title and pack; {@code status} is
 * the wire name (playing / played / skipped).
 */
public record SessionGameView(
    long id,
    long sessionId,
    long gameId,
    String title,
    String packName,
    String status,
    Instant playedAt,
    boolean manuallyAdded,
    String roomCode,
    Integer playerCount,
    int upvotes,
    int downvotes) {}
