package org.gamepicker.adapter.persistence.common;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.gamepicker.domain.vote.Tally;

/**
 * The upvotes / downvotes of an owner row (a game, a play), kept as a few counter rows (slots) per
 * owner in a table of their own: a change goes to one slot picked at random, in one atomic update
 * without a read, so concurrent votes rarely wait on the same row; reads add the slots up.
 */
public final class VoteCounters {

  /** Slots per owner: concurrent voters on one game seldom pick the same. */
  static final int SLOTS = 16;

  /** The games' totals. */
  public static final VoteCounters GAMES = new VoteCounters("game_vote_counts", "game_id", "games");

  /** The plays' (session games') counts. */
  public static final VoteCounters PLAYS =
      new VoteCounters("session_game_vote_counts", "session_game_id", "session_games");

  private final String table;
  private final String ownerColumn;
  private final String ownerTable;

  private VoteCounters(String table, String ownerColumn, String ownerTable) {
    this.table = table;
    this.ownerColumn = ownerColumn;
    this.ownerTable = ownerTable;
  }

  /**
   * Adds the change to one of the owner's slots (created when missing); returns the owner's {@code
   * columns} followed by its new totals, as {@link #read} does, or empty when no such owner exists.
   */
  public Optional<Object[]> add(
      EntityManager entityManager, SqlDialect dialect, long ownerId, Tally change, String columns) {
    int slot = ThreadLocalRandom.current().nextInt(SLOTS);
    Optional<Object[]> totals = addToSlot(entityManager, dialect, ownerId, slot, change, columns);
    if (totals.isPresent()) {
      return totals;
    }
    entityManager
        .createNativeQuery(
            "INSERT INTO "
                + table
                + " ("
                + ownerColumn
                + ", slot, upvotes, downvotes) SELECT id, ?1, 0, 0 FROM "
                + ownerTable
                + " WHERE id = ?2 ON CONFLICT DO NOTHING")
        .setParameter(1, slot)
        .setParameter(2, ownerId)
        .executeUpdate();
    return addToSlot(entityManager, dialect, ownerId, slot, change, columns);
  }

  /**
   * The owner's {@code columns} (of its own row, comma-separated, may be empty) followed by its
   * totals, upvotes then downvotes, as this transaction sees them; empty when no such owner exists.
   */
  public Optional<Object[]> read(EntityManager entityManager, long ownerId, String columns) {
    String selected = columns.isEmpty() ? "" : columns + ", ";
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT "
                    + selected
                    + "COALESCE(SUM(c.upvotes), 0), COALESCE(SUM(c.downvotes), 0) FROM "
                    + ownerTable
                    + " o LEFT JOIN "
                    + table
                    + " c ON c."
                    + ownerColumn
                    + " = o.id WHERE o.id = ?1 GROUP BY "
                    + selected
                    + "o.id")
            .setParameter(1, ownerId)
            .getResultList();
    return rows.stream().findFirst().map(row -> (Object[]) row);
  }

  /** The totals of one owner (zero without votes or without the owner). */
  public Tally total(EntityManager entityManager, long ownerId) {
    return read(entityManager, ownerId, "").map(VoteCounters::tallyAtEnd).orElse(Tally.NONE);
  }

  /** The totals of every owner that has counter rows, by owner id. */
  public Map<Long, Tally> totals(EntityManager entityManager) {
    Map<Long, Tally> totals = new HashMap<>();
    for (Object row : entityManager.createNativeQuery(sums()).getResultList()) {
      Object[] columns = (Object[]) row;
      totals.put(((Number) columns[0]).longValue(), tallyAtEnd(columns));
    }
    return totals;
  }

  /**
   * A query of the owners' totals, to join: columns {@code owner_id, upvotes, downvotes}, one row
   * per owner with counter rows.
   */
  public String sums() {
    return "SELECT "
        + ownerColumn
        + " AS owner_id, SUM(upvotes) AS upvotes, SUM(downvotes) AS downvotes FROM "
        + table
        + " GROUP BY "
        + ownerColumn;
  }

  /** The totals at the end of a row read by {@link #read}. */
  public static Tally tallyAtEnd(Object[] row) {
    return new Tally(
        ((Number) row[row.length - 2]).intValue(), ((Number) row[row.length - 1]).intValue());
  }

  /**
   * Adds the change to the slot and reads the totals as {@link #read} does; empty when the slot has
   * no row yet. On PostgreSQL in one statement, which adds the slot's new counts (as its update
   * left them) to the other slots' (as the statement's snapshot has them).
   */
  private Optional<Object[]> addToSlot(
      EntityManager entityManager,
      SqlDialect dialect,
      long ownerId,
      int slot,
      Tally change,
      String columns) {
    if (dialect == SqlDialect.H2) {
      return update(entityManager, ownerId, slot, change) == 0
          ? Optional.empty()
          : read(entityManager, ownerId, columns);
    }
    String selected = columns.isEmpty() ? "" : columns + ", ";
    List<?> rows =
        entityManager
            .createNativeQuery(
                "WITH bumped AS ("
                    + updateOfSlot()
                    + " RETURNING upvotes, downvotes) SELECT "
                    + selected
                    + "s.upvotes + COALESCE(SUM(c.upvotes), 0),"
                    + " s.downvotes + COALESCE(SUM(c.downvotes), 0) FROM bumped s JOIN "
                    + ownerTable
                    + " o ON o.id = ?3 LEFT JOIN "
                    + table
                    + " c ON c."
                    + ownerColumn
                    + " = o.id AND c.slot <> ?4 GROUP BY "
                    + selected
                    + "o.id, s.upvotes, s.downvotes")
            .setParameter(1, change.upvotes())
            .setParameter(2, change.downvotes())
            .setParameter(3, ownerId)
            .setParameter(4, slot)
            .getResultList();
    return rows.stream().findFirst().map(row -> (Object[]) row);
  }

  private int update(EntityManager entityManager, long ownerId, int slot, Tally change) {
    return entityManager
        .createNativeQuery(updateOfSlot())
        .setParameter(1, change.upvotes())
        .setParameter(2, change.downvotes())
        .setParameter(3, ownerId)
        .setParameter(4, slot)
        .executeUpdate();
  }

  private String updateOfSlot() {
    return "UPDATE "
        + table
        + " SET upvotes = upvotes + ?1, downvotes = downvotes + ?2 WHERE "
        + ownerColumn
        + " = ?3 AND slot = ?4";
  }
}
