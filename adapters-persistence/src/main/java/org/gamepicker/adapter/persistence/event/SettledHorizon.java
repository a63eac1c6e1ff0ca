package org.gamepicker.adapter.persistence.event;

import jakarta.persistence.EntityManager;

/**
 * On PostgreSQL, the settled prefix of the event log's ids: the greatest id H such that no
 * transaction still in flight can commit an id ≤ H. Ids come from a sequence, taken only after the
 * appending transaction has its transaction id and holds the {@link #APPENDER_LOCK appenders'
 * advisory lock} (until it ends); a candidate is the sequence's last value S read before a
 * snapshot, and settles once no transaction in that snapshot that holds the appenders' lock is
 * still in progress: one that does not hold it took no id ≤ S, so a long transaction that appends
 * nothing (a subscriber posting to Discord with its cursor locked) holds no reader back. One
 * candidate waits at a time (a newer one could stay pending forever under load); thread-safe, and
 * the horizon only grows.
 */
final class SettledHorizon {

  /**
   * The advisory lock (two keys: "gpel", 1) that every append takes, shared, in this database
   * before it takes its id, and holds until its transaction ends.
   */
  static final String APPENDER_LOCK = "pg_advisory_xact_lock_shared(1735419244, 1)";

  /**
   * The transaction ids that hold the appenders' lock now: each transaction holds an exclusive lock
   * on its own id (others only ever wait for it in share mode), under the same virtual transaction
   * as its advisory locks. The lock table is read once (a transaction that ends meanwhile has
   * committed or rolled back, which is all the check needs).
   */
  private static final String APPENDERS =
      "locks AS MATERIALIZED (SELECT locktype, mode, virtualtransaction, transactionid, classid, objid,"
          + " objsubid, database, granted FROM pg_locks),"
          + " appenders AS MATERIALIZED (SELECT own.transactionid AS xid FROM locks own"
          + " JOIN locks appender ON appender.virtualtransaction = own.virtualtransaction"
          + " WHERE own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock' AND own.granted"
          + " AND appender.locktype = 'advisory' AND appender.granted"
          + " AND appender.classid = 1735419244 AND appender.objid = 1 AND appender.objsubid = 2"
          + " AND appender.database = (SELECT oid FROM pg_database"
          + " WHERE datname = current_database()))";

  /**
   * The snapshot (given, or taken now when the parameter is null) and whether it has settled: no
   * transaction it saw running that holds the appenders' lock still runs.
   */
  private static final String SETTLED =
      "WITH candidate AS MATERIALIZED (SELECT COALESCE(CAST(CAST(?1 AS TEXT) AS pg_snapshot),"
          + " pg_current_snapshot()) AS snapshot), "
          + APPENDERS
          + " SELECT CAST(snapshot AS TEXT), NOT EXISTS ("
          + "SELECT 1 FROM pg_snapshot_xip(snapshot) AS running (xid)"
          + " WHERE pg_xact_status(running.xid) = 'in progress'"
          + " AND EXISTS (SELECT 1 FROM appenders WHERE appenders.xid = CAST(running.xid AS xid)))"
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
