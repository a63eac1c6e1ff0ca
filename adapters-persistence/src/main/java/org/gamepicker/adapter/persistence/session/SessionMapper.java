package org.gamepicker.adapter.persistence.session;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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

  /** The columns of {@link #fromRows}, of table {@code s} (sessions) and {@code g} (its games). */
  static final String COLUMNS =
      "s.id, s.notes, s.is_active, s.created_at, s.closed_at, g.id, g.game_id, g.position,"
          + " g.status, g.played_at, g.manually_added, g.room_code, g.player_count";

  /**
   * The session of rows read natively with {@link #COLUMNS}: one row per game in the order of their
   * positions, or one row whose game columns are null.
   */
  static Session fromRows(List<?> rows) {
    Object[] session = (Object[]) rows.get(0);
    return Session.restore(
        ((Number) session[0]).longValue(),
        (String) session[1],
        (Boolean) session[2],
        NativeColumns.instant(session[3]),
        session[4] == null ? null : NativeColumns.instant(session[4]),
        rows.stream()
            .map(row -> (Object[]) row)
            .filter(row -> row[5] != null)
            .map(SessionMapper::gameFromRow)
            .toList());
  }

  private static SessionGame gameFromRow(Object[] row) {
    return SessionGame.restore(
        ((Number) row[5]).longValue(),
        ((Number) row[6]).longValue(),
        ((Number) row[7]).intValue(),
        SessionGameStatus.fromWire((String) row[8]),
        NativeColumns.instant(row[9]),
        (Boolean) row[10],
        RoomCode.ofNullable((String) row[11]),
        row[12] == null ? null : ((Number) row[12]).intValue());
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
    row.id = session.id();
    row.notes = session.notes();
    row.active = session.active();
    row.activeSlot = session.active() ? 1 : null;
    row.createdAt = NativeColumns.utc(session.createdAt());
    row.closedAt = session.closedAt() == null ? null : NativeColumns.utc(session.closedAt());
    Map<Long, SessionGameJpaEntity> existing = new HashMap<>();
    row.games.forEach(g -> existing.put(g.id, g));
    row.games.clear();
    for (SessionGame game : session.games()) {
      SessionGameJpaEntity gameRow = existing.get(game.id());
      if (gameRow == null) {
        gameRow = new SessionGameJpaEntity();
        gameRow.id = game.id();
      }
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
