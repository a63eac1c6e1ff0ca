package org.gamepicker.adapter.persistence.common;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.gamepicker.domain.vote.Tally;

/**
 * Moves the {@code upvotes} / {@code downvotes} counters of one row (a game, a play) in one atomic
 * update, without reading them first, and reads the row back in the same transaction.
 */
public final class VoteCounters {

  private VoteCounters() {}

  /**
   * Adds the change to the row's counters; returns the selected columns ({@code columns}, which
   * must end with {@code upvotes, downvotes}), or empty when no row has that id.
   */
  public static Optional<Object[]> add(
      EntityManager entityManager, String table, long id, Tally change, String columns) {
    int updated =
        entityManager
            .createNativeQuery(
                "UPDATE "
                    + table
                    + " SET upvotes = upvotes + ?1, downvotes = downvotes + ?2 WHERE id = ?3")
            .setParameter(1, change.upvotes())
            .setParameter(2, change.downvotes())
            .setParameter(3, id)
            .executeUpdate();
    if (updated == 0) {
      return Optional.empty();
    }
    Object row =
        entityManager
            .createNativeQuery("SELECT " + columns + " FROM " + table + " WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    return Optional.of(row instanceof Object[] columnsRead ? columnsRead : new Object[] {row});
  }

  /** The counters at the end of a row read by {@link #add}. */
  public static Tally tallyAtEnd(Object[] row) {
    return new Tally(
        ((Number) row[row.length - 2]).intValue(), ((Number) row[row.length - 1]).intValue());
  }
}
