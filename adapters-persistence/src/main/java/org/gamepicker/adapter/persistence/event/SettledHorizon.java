package org.gamepicker.adapter.persistence.event;

import jakarta.persistence.EntityManager;

/**
 * On PostgreSQL, the settled prefix of the event log's ids: the greatest id H such that no
 * transaction still in flight can commit an id ≤ H. Ids come from a sequence, taken only after the
 * appending transaction has its transaction id; a candidate is the sequence's last value S read
 * before a snapshot, and settles once no transaction of this database in that snapshot is still in
 * progress. One candidate waits at a time (a newer one could stay pending forever under load);
 * thread-safe, and the horizon only grows.
 */
final class SettledHorizon {

  /**
   * The snapshot (given, or taken now when the parameter is null) and whether it has settled: no
   * transaction it saw running still is, ignoring those of other databases (a transaction in
   * another database is ignored only when found there, so that a stale view of the activity, which
   * PostgreSQL keeps for a whole transaction, can only delay a horizon, never settle it early).
   */
  private static final String SETTLED =
      "WITH candidate AS MATERIALIZED (SELECT COALESCE(CAST(CAST(?1 AS TEXT) AS pg_snapshot),"
          + " pg_current_snapshot()) AS snapshot)"
          + " SELECT CAST(snapshot AS TEXT), NOT EXISTS ("
          + "SELECT 1 FROM pg_snapshot_xip(snapshot) AS running (xid)"
          + " WHERE pg_xact_status(running.xid) = 'in progress'"
          + " AND NOT EXISTS (SELECT 1 FROM pg_stat_activity other"
          + " WHERE other.backend_xid = CAST(running.xid AS xid)"
          + " AND other.datname <> current_database()))"
          + " FROM candidate";

  /** The last id the sequence handed out when read, and the snapshot taken right after. */
  private record Candidate(long lastIssued, String snapshot) {}

  private final String sequence;
  private long settled;
  private Candidate pending;

  /** For the ids of the given sequence (its qualified name). */
  SettledHorizon(String sequence) {
    this.sequence = sequence;
  }

  /**
   * Settles the waiting candidate if it can, then, with none waiting, takes a new one and checks it
   * at once (on an idle database it settles immediately); returns the settled horizon.
   */
  synchronized long advance(EntityManager entityManager) {
    if (pending != null) {
      if (!settled(entityManager, pending.snapshot()).settled()) {
        return settled;
      }
      settled = Math.max(settled, pending.lastIssued());
      pending = null;
    }
    long lastIssued = lastIssued(entityManager);
    Check check = settled(entityManager, null);
    if (check.settled()) {
      settled = Math.max(settled, lastIssued);
    } else {
      pending = new Candidate(lastIssued, check.snapshot());
    }
    return settled;
  }

  /** Whether a candidate is waiting for transactions in flight (events may be held back). */
  synchronized boolean behind() {
    return pending != null;
  }

  private long lastIssued(EntityManager entityManager) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery("SELECT last_value, is_called FROM " + sequence)
                .getSingleResult();
    long lastValue = ((Number) row[0]).longValue();
    return Boolean.TRUE.equals(row[1]) ? lastValue : lastValue - 1;
  }

  private record Check(String snapshot, boolean settled) {}

  private static Check settled(EntityManager entityManager, String snapshot) {
    Object[] row =
        (Object[])
            entityManager.createNativeQuery(SETTLED).setParameter(1, snapshot).getSingleResult();
    return new Check((String) row[0], Boolean.TRUE.equals(row[1]));
  }
}
