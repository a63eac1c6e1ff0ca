package org.gamepicker.adapter.rest.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database could not be reached (refused or cut connections, a pool
 * that timed out, a server shutting down or out of connections, a commit whose outcome is unknown)
 * from any other failure, by the exceptions in its cause chain: such a request may be retried.
 */
public final class DatabaseOutage {

  /** SQLState class 08: connection exceptions (both databases). */
  private static final String CONNECTION_CLASS = "08";

  /**
   * PostgreSQL's admin shutdown, crash shutdown, cannot connect now, too many connections; H2's
   * connection broken, database closed, database called at shutdown.
   */
  private static final Set<String> OUTAGE_STATES =
      Set.of("57P01", "57P02", "57P03", "53300", "90067", "90098", "90121");

  /**
   * Thrown by JTA when a commit's outcome is unknown or it failed in the resource (one of them is
   * what Liberty reports as "heuristic exception when committing"), and by Liberty's pool when no
   * connection came in time; named, as the adapter sees none of those types at compile time.
   */
  private static final Set<String> OUTAGE_TYPES =
      Set.of(
          "jakarta.transaction.HeuristicMixedException",
          "jakarta.transaction.HeuristicRollbackException",
          "jakarta.transaction.SystemException",
          "jakarta.resource.spi.ResourceAllocationException",
          "com.ibm.websphere.ce.cm.ConnectionWaitTimeoutException");

  private DatabaseOutage() {}

  /** Whether {@code thrown}, or anything in its cause chain, says the database is unreachable. */
  public static boolean isCause(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return isCause(thrown, seen);
  }

  private static boolean isCause(Throwable thrown, Set<Throwable> seen) {
    if (thrown == null || !seen.add(thrown)) {
      return false;
    }
    if (isOutage(thrown)) {
      return true;
    }
    if (thrown instanceof SQLException sql && isCause(sql.getNextException(), seen)) {
      return true;
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      if (isCause(suppressed, seen)) {
        return true;
      }
    }
    return isCause(thrown.getCause(), seen);
  }

  private static boolean isOutage(Throwable thrown) {
    if (thrown instanceof SQLTransientConnectionException
        || thrown instanceof SQLNonTransientConnectionException
        || thrown instanceof ConnectException) {
      return true;
    }
    if (thrown instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith(CONNECTION_CLASS) || OUTAGE_STATES.contains(state);
    }
    for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
      if (OUTAGE_TYPES.contains(type.getName())) {
        return true;
      }
    }
    return false;
  }
}
