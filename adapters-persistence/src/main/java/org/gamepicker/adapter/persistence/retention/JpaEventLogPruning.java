package org.gamepicker.adapter.persistence.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.retention.EventLogPruning;
import org.gamepicker.application.port.out.retention.OldestEvent;
import org.gamepicker.domain.common.DomainException;

/**
 * Prunes event_log from its start, by ranges of the primary key: each batch reads the ids and times
 * of the next events after the prune mark (event_log_prune_mark, locked with {@code FOR UPDATE SKIP
 * LOCKED}, so one node prunes at a time and the others skip), deletes the leading run that occurred
 * before the cutoff with one range {@code DELETE}, and raises the mark. A batch only ever touches
 * the log's oldest rows through its primary key, whatever the table's size; it stays within the ids
 * readers may see, so an append still in flight is never skipped by the mark.
 */
@ApplicationScoped
public class JpaEventLogPruning implements EventLogPruning {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject EventLog eventLog;

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public int pruneBefore(Instant cutoff, int limit) {
    List<?> mark =
        entityManager
            .createNativeQuery(
                "SELECT pruned_up_to FROM event_log_prune_mark WHERE id = 1"
                    + " FOR UPDATE SKIP LOCKED")
            .getResultList();
    if (mark.isEmpty()) {
      return 0;
    }
    long prunedUpTo = ((Number) mark.get(0)).longValue();
    List<Object[]> oldest =
        entityManager
            .createQuery(
                "SELECT e.id, e.occurredAt FROM EventLogJpaEntity e"
                    + " WHERE e.id > :mark AND e.id <= :readable ORDER BY e.id",
                Object[].class)
            .setParameter("mark", prunedUpTo)
            .setParameter("readable", eventLog.lastId())
            .setMaxResults(limit)
            .getResultList();
    long upTo = prunedUpTo;
    int expired = 0;
    for (Object[] event : oldest) {
      if (!((OffsetDateTime) event[1]).toInstant().isBefore(cutoff)) {
        break;
      }
      upTo = (Long) event[0];
      expired++;
    }
    if (expired == 0) {
      return 0;
    }
    entityManager
        .createNativeQuery("DELETE FROM event_log WHERE id > ?1 AND id <= ?2")
        .setParameter(1, prunedUpTo)
        .setParameter(2, upTo)
        .executeUpdate();
    entityManager
        .createNativeQuery("UPDATE event_log_prune_mark SET pruned_up_to = ?1 WHERE id = 1")
        .setParameter(1, upTo)
        .executeUpdate();
    return expired;
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public long prunedUpTo() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT pruned_up_to FROM event_log_prune_mark WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<OldestEvent> oldestKept() {
    return entityManager
        .createQuery(
            "SELECT e.id, e.occurredAt FROM EventLogJpaEntity e ORDER BY e.id", Object[].class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(row -> new OldestEvent((Long) row[0], ((OffsetDateTime) row[1]).toInstant()));
  }
}
