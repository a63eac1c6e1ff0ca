package org.gamepicker.adapter.persistence.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.application.port.out.LoginFailures;
import org.gamepicker.domain.common.DomainException;

/**
 * Failed logins in the login_failures table, one row per client address; each failure is counted by
 * one atomic statement, so nodes sharing the database count together. Each call commits on its own:
 * a failure counts although the login that caused it fails.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
public class JpaLoginFailures implements LoginFailures {

  private static final String COUNT_INTO_WINDOW =
      "UPDATE login_failures SET"
          + " failures = CASE WHEN window_start <= ?1 THEN 1 ELSE failures + 1 END,"
          + " window_start = CASE WHEN window_start <= ?1 THEN ?2 ELSE window_start END"
          + " WHERE client_address = ?3";

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  public Optional<FailureWindow> openWindow(String address, Instant now, Duration length) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT window_start, failures FROM login_failures"
                    + " WHERE client_address = ?1 AND window_start > ?2")
            .setParameter(1, address)
            .setParameter(2, NativeColumns.utc(now.minus(length)))
            .getResultList();
    return rows.stream().map(row -> window((Object[]) row)).findFirst();
  }

  @Override
  public FailureWindow recordFailure(String address, Instant now, Duration length) {
    OffsetDateTime closedBefore = NativeColumns.utc(now.minus(length));
    entityManager
        .createNativeQuery("DELETE FROM login_failures WHERE window_start <= ?1")
        .setParameter(1, closedBefore)
        .executeUpdate();
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT INTO login_failures (client_address, window_start, failures)"
                    + " VALUES (?1, ?2, 1) ON CONFLICT DO NOTHING")
            .setParameter(1, address)
            .setParameter(2, NativeColumns.utc(now))
            .executeUpdate();
    if (inserted == 0) {
      entityManager
          .createNativeQuery(COUNT_INTO_WINDOW)
          .setParameter(1, closedBefore)
          .setParameter(2, NativeColumns.utc(now))
          .setParameter(3, address)
          .executeUpdate();
    }
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT window_start, failures FROM login_failures WHERE client_address = ?1")
                .setParameter(1, address)
                .getSingleResult();
    return window(row);
  }

  private static FailureWindow window(Object[] row) {
    return new FailureWindow(NativeColumns.instant(row[0]), ((Number) row[1]).intValue());
  }
}
