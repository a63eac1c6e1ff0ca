package org.gamepicker.adapter.persistence.session;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.domain.session.RoomCode;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.session.SessionGameStatus;

/** Maps sessions between the domain and their JPA rows. */
final class SessionMapper {

  private SessionMapper() {}

  static Session toDomain(SessionJpaEntity row) {
    return Session.restore(
        row.id,
        row.notes,
        row.active,
        row.createdAt.toInstant(),
        row.closedAt == null ? null : row.closedAt.toInstant(),
        row.games.stream()
            .sorted(Comparator.comparingInt(game -> game.position))
            .map(SessionMapper::toDomain)
            .toList());
  }

  private static SessionGame toDomain(SessionGameJpaEntity row) {
    return SessionGame.restore(
        row.id,
        row.gameId,
        row.position,
        SessionGameStatus.fromWire(row.status),
        row.playedAt.toInstant(),
        row.manuallyAdded,
        RoomCode.ofNullable(row.roomCode),
        row.playerCount);
  }

  /** Copies the session onto its row: updates kept games, adds new ones, drops removed ones. */
  static void copy(Session session, SessionJpaEntity row) {
    row.notes = session.notes();
    row.active = session.active();
    row.activeSlot = session.active() ? 1 : null;
    row.createdAt = NativeColumns.utc(session.createdAt());
    row.closedAt = session.closedAt() == null ? null : NativeColumns.utc(session.closedAt());
    Map<Long, SessionGameJpaEntity> existing = new HashMap<>();
    row.games.forEach(g -> existing.put(g.id, g));
    row.games.clear();
    for (SessionGame game : session.games()) {
      SessionGameJpaEntity gameRow =
          game.id() == null ? new SessionGameJpaEntity() : existing.get(game.id());
      gameRow.session = row;
      gameRow.gameId = game.gameId();
      gameRow.position = game.position();
      gameRow.status = game.status().wireName();
      gameRow.playedAt = NativeColumns.utc(game.playedAt());
      gameRow.manuallyAdded = game.manuallyAdded();
      gameRow.roomCode = game.roomCode() == null ? null : game.roomCode().value();
      gameRow.playerCount = game.playerCount();
      row.games.add(gameRow);
    }
  }
}
