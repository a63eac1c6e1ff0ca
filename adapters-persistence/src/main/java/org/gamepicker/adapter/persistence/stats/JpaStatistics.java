package org.gamepicker.adapter.persistence.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.adapter.persistence.common.VoteCounters;
import org.gamepicker.application.port.out.Statistics;
import org.gamepicker.domain.common.DomainException;

/**
 * The stats as aggregate SQL over the games (with their vote counters), packs, sessions,
 * session_games and votes tables.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class JpaStatistics implements Statistics {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  public Counts counts() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT (SELECT COUNT(*) FROM games),"
                        + " (SELECT COUNT(*) FROM games WHERE enabled = TRUE),"
                        + " (SELECT COUNT(*) FROM packs),"
                        + " (SELECT COUNT(*) FROM sessions),"
                        + " (SELECT COUNT(*) FROM session_games WHERE status <> 'skipped'),"
                        + " (SELECT COUNT(*) FROM votes)")
                .getSingleResult();
    return new Counts(
        number(row[0]),
        number(row[1]),
        number(row[2]),
        number(row[3]),
        number(row[4]),
        number(row[5]));
  }

  @Override
  public List<Long> mostPlayedGameIds(int limit) {
    return ids(
        "SELECT id FROM games WHERE play_count > 0 ORDER BY play_count DESC, title, id LIMIT ?1",
        limit);
  }

  @Override
  public List<Long> bestRatedGameIds(int limit) {
    return ids(
        "SELECT g.id FROM games g JOIN ("
            + VoteCounters.GAMES.sums()
            + ") c ON c.owner_id = g.id WHERE c.upvotes + c.downvotes > 0"
            + " ORDER BY c.upvotes - c.downvotes DESC, c.upvotes DESC, g.title, g.id LIMIT ?1",
        limit);
  }

  @Override
  public List<Long> mostDislikedGameIds(int limit) {
    return ids(
        "SELECT g.id FROM games g JOIN ("
            + VoteCounters.GAMES.sums()
            + ") c ON c.owner_id = g.id WHERE c.downvotes > 0"
            + " ORDER BY c.downvotes DESC, c.upvotes - c.downvotes, g.title, g.id LIMIT ?1",
        limit);
  }

  @Override
  public List<LastPlayed> leastRecentlyPlayed(int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT g.id, MAX(sg.played_at) FROM games g"
                    + " LEFT JOIN session_games sg ON sg.game_id = g.id AND sg.status <> 'skipped'"
                    + " WHERE g.enabled = TRUE GROUP BY g.id, g.title"
                    + " ORDER BY MAX(sg.played_at) NULLS FIRST, g.title, g.id LIMIT ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new LastPlayed(number(row[0]), Optional.ofNullable(NativeColumns.instant(row[1]))))
        .toList();
  }

  private List<Long> ids(String sql, int limit) {
    List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, limit).getResultList();
    return rows.stream().map(JpaStatistics::number).toList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
