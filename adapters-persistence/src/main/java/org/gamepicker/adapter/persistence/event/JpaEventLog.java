package org.gamepicker.adapter.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.SessionScopedEvent;

/** The event log in the event_log table, appended in the caller's transaction, in commit order. */
@ApplicationScoped
public class JpaEventLog implements EventLog {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject WireEvents wireEvents;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredEvent append(DomainEvent event) {
    entityManager
        .createNativeQuery("SELECT id FROM event_log_lock WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    EventLogJpaEntity row = new EventLogJpaEntity();
    row.eventType = event.type().wireName();
    row.sessionId = event instanceof SessionScopedEvent scoped ? scoped.sessionId() : null;
    row.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    row.data = wireEvents.data(event);
    entityManager.persist(row);
    entityManager.flush();
    return new StoredEvent(row.id, event);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StoredEvent> readAfter(long afterId, int limit) {
    return entityManager
        .createQuery(
            "SELECT e FROM EventLogJpaEntity e WHERE e.id > :after ORDER BY e.id",
            EventLogJpaEntity.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(this::toStored)
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long lastId() {
    Long last =
        entityManager
            .createQuery("SELECT MAX(e.id) FROM EventLogJpaEntity e", Long.class)
            .getSingleResult();
    return last == null ? 0 : last;
  }

  private StoredEvent toStored(EventLogJpaEntity row) {
    EventType type =
        EventType.ofWireName(row.eventType)
            .orElseThrow(() -> new IllegalStateException("Unknown event type " + row.eventType));
    return new StoredEvent(row.id, wireEvents.read(type, row.occurredAt.toInstant(), row.data));
  }
}
