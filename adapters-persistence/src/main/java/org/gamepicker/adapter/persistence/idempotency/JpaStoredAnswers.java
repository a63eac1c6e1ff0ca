package org.gamepicker.adapter.persistence.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.adapter.persistence.common.NativeColumns;
import org.gamepicker.application.port.out.StoredAnswers;
import org.gamepicker.domain.common.DomainException;

/**
 * Stored answers in the stored_answers table. A claim is one {@code INSERT ... ON CONFLICT DO
 * NOTHING}: on PostgreSQL it waits for a concurrent transaction holding the same key to end, then
 * inserts nothing if that one committed.
 */
@ApplicationScoped
public class JpaStoredAnswers implements StoredAnswers {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public boolean claim(String requestKey, String fingerprint, Instant at) {
    return entityManager
            .createNativeQuery(
                "INSERT INTO stored_answers (request_key, fingerprint, claimed_at)"
                    + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
            .setParameter(1, requestKey)
            .setParameter(2, fingerprint)
            .setParameter(3, NativeColumns.utc(at))
            .executeUpdate()
        == 1;
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void answer(String requestKey, StoredAnswer answer) {
    entityManager
        .createNativeQuery(
            "UPDATE stored_answers SET status = ?1, content_type = ?2, location = ?3, body = ?4"
                + " WHERE request_key = ?5")
        .setParameter(1, answer.status())
        .setParameter(2, answer.contentType())
        .setParameter(3, answer.location())
        .setParameter(4, answer.body())
        .setParameter(5, requestKey)
        .executeUpdate();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<StoredAnswer> find(String requestKey) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT fingerprint, status, content_type, location, body FROM stored_answers"
                    + " WHERE request_key = ?1 AND status IS NOT NULL")
            .setParameter(1, requestKey)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new StoredAnswer(
                    (String) row[0],
                    ((Number) row[1]).intValue(),
                    (String) row[2],
                    (String) row[3],
                    text(row[4])))
        .findFirst();
  }

  @Override
  @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = DomainException.class)
  public int pruneClaimedBefore(Instant before, int limit) {
    return entityManager
        .createNativeQuery(
            "DELETE FROM stored_answers WHERE request_key IN (SELECT request_key FROM"
                + " stored_answers WHERE claimed_at < ?1 ORDER BY claimed_at LIMIT ?2)")
        .setParameter(1, NativeColumns.utc(before))
        .setParameter(2, limit)
        .executeUpdate();
  }

  /** A TEXT column as the drivers return it (H2: a CLOB; PostgreSQL: a String). */
  private static String text(Object value) {
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot read a stored answer", e);
      }
    }
    return (String) value;
  }
}
