package org.gamepicker.adapter.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import org.gamepicker.application.port.out.event.SubscriberCursors;
import org.gamepicker.domain.common.DomainException;

/**
 * The subscribers' cursors in the event_subscriber_cursor table; a cursor is locked with {@code
 * SELECT ... FOR UPDATE SKIP LOCKED}, so a node never waits for another that is advancing it.
 */
@ApplicationScoped
public class JpaSubscriberCursors implements SubscriberCursors {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public OptionalLong position(String subscriber) {
    return first(
        "SELECT last_event_id FROM event_subscriber_cursor WHERE subscriber = ?1", subscriber);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void createIfAbsent(String subscriber, long position) {
    entityManager
        .createNativeQuery(
            "INSERT INTO event_subscriber_cursor (subscriber, last_event_id) VALUES (?1, ?2)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, subscriber)
        .setParameter(2, position)
        .executeUpdate();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public OptionalLong lock(String subscriber) {
    return first(
        "SELECT last_event_id FROM event_subscriber_cursor WHERE subscriber = ?1"
            + " FOR UPDATE SKIP LOCKED",
        subscriber);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public void advance(String subscriber, long position) {
    entityManager
        .createNativeQuery(
            "UPDATE event_subscriber_cursor SET last_event_id = ?2 WHERE subscriber = ?1")
        .setParameter(1, subscriber)
        .setParameter(2, position)
        .executeUpdate();
  }

  private OptionalLong first(String sql, String subscriber) {
    List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, subscriber).getResultList();
    return rows.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) rows.get(0)).longValue());
  }
}
