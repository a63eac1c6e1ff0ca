package org.gamepicker.adapter.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.gamepicker.adapter.persistence.common.DatabaseProduct;
import org.gamepicker.adapter.persistence.common.SqlDialect;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.HeldBackEventsListener;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.wire.WireEventReader;
import org.gamepicker.wire.WireEventWriter;

/**
 * The event log in the event_log table, appended in the caller's transaction. On PostgreSQL,
 * appends run side by side and readers see only the {@link SettledHorizon settled} prefix of the
 * ids; elsewhere (H2, one node) every append holds the event_log_lock row until its transaction
 * ends, so ids are assigned in commit order.
 */
@ApplicationScoped
public class JpaEventLog implements EventLog {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject DatabaseProduct database;

  @Inject HeldBackEventsListener heldBack;

  /** Null until the database is known; then empty on H2. */
  private volatile OrderOfIds order;

  /** How this database orders ids: the PostgreSQL sequence and its horizon, or the lock. */
  private record OrderOfIds(String sequence, SettledHorizon horizon) {

    boolean byLock() {
      return horizon == null;
    }
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public StoredEvent append(DomainEvent event) {
    OrderOfIds ids = order();
    OffsetDateTime occurredAt =
        event.occurredAt().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    String data = WireEventWriter.data(event);
    if (ids.byLock()) {
      return stored(appendInOrderOfLock(event, occurredAt, data), event.type(), occurredAt, data);
    }
    // The transaction takes the appenders' lock and its id (xid) before the event's id: a reader's
    // snapshot that misses this transaction was therefore taken before the event's id existed, and
    // one that has it running sees it holding the lock.
    long id =
        ((Number)
                entityManager
                    .createNativeQuery(
                        "WITH appender AS MATERIALIZED (SELECT "
                            + SettledHorizon.APPENDER_LOCK
                            + ", pg_current_xact_id())"
                            + " INSERT INTO event_log (id, event_type, session_id, occurred_at, data)"
                            + " SELECT nextval('"
                            + ids.sequence()
                            // A catalog event has no session: its null must be typed for
                            // PostgreSQL.
                            + "'), ?1, CAST(?2 AS BIGINT), ?3, ?4 FROM appender RETURNING id")
                    .setParameter(1, event.type().wireName())
                    .setParameter(2, sessionIdOf(event))
                    .setParameter(3, occurredAt)
                    .setParameter(4, data)
                    .getSingleResult())
            .longValue();
    return stored(id, event.type(), occurredAt, data);
  }

  /**
   * The event as a reader of the log will get it: read back from the text just written, so that its
   * times are those kept (to the millisecond) whatever precision the publisher gave.
   */
  private static StoredEvent stored(
      long id, EventType type, OffsetDateTime occurredAt, String data) {
    return new StoredEvent(id, WireEventReader.read(type, occurredAt.toInstant(), data), data);
  }

  /** The session an event is about, or null for a catalog event. */
  private static Long sessionIdOf(DomainEvent event) {
    OptionalLong session = event.sessionScope();
    return session.isPresent() ? session.getAsLong() : null;
  }

  private long appendInOrderOfLock(DomainEvent event, OffsetDateTime occurredAt, String data) {
    entityManager
        .createNativeQuery("SELECT id FROM event_log_lock WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    EventLogJpaEntity row = new EventLogJpaEntity();
    row.eventType = event.type().wireName();
    row.sessionId = sessionIdOf(event);
    row.occurredAt = occurredAt;
    row.data = data;
    entityManager.persist(row);
    entityManager.flush();
    return row.id;
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<StoredEvent> readAfter(long afterId, int limit) {
    return entityManager
        .createQuery(
            "SELECT e FROM EventLogJpaEntity e WHERE e.id > :after AND e.id <= :settled"
                + " ORDER BY e.id",
            EventLogJpaEntity.class)
        .setParameter("after", afterId)
        .setParameter("settled", settledHorizon())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(this::toStored)
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public long lastId() {
    Long last =
        entityManager
            .createQuery(
                "SELECT MAX(e.id) FROM EventLogJpaEntity e WHERE e.id <= :settled", Long.class)
            .setParameter("settled", settledHorizon())
            .getSingleResult();
    return last == null ? prunedUpTo() : last;
  }

  /** The last id retention pruned (event_log_prune_mark), 0 when none was. */
  private long prunedUpTo() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT pruned_up_to FROM event_log_prune_mark WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  /**
   * The greatest id readers may see: every id, in order of the lock; the settled horizon on
   * PostgreSQL, telling the {@link HeldBackEventsListener} when transactions in flight hold ids
   * back.
   */
  private long settledHorizon() {
    OrderOfIds ids = order();
    if (ids.byLock()) {
      return Long.MAX_VALUE;
    }
    long horizon = ids.horizon().advance(entityManager);
    if (ids.horizon().behind()) {
      heldBack.eventsHeldBack();
    }
    return horizon;
  }

  /** Found once, from the {@link DatabaseProduct}'s dialect. */
  private OrderOfIds order() {
    OrderOfIds known = order;
    return known != null ? known : findOrder();
  }

  private synchronized OrderOfIds findOrder() {
    OrderOfIds known = order;
    if (known == null) {
      if (database.dialect() == SqlDialect.H2) {
        known = new OrderOfIds(null, null);
      } else {
        String sequence =
            (String)
                entityManager
                    .createNativeQuery("SELECT pg_get_serial_sequence('event_log', 'id')")
                    .getSingleResult();
        known = new OrderOfIds(sequence, new SettledHorizon(sequence));
      }
      order = known;
    }
    return known;
  }

  private StoredEvent toStored(EventLogJpaEntity row) {
    EventType type =
        EventType.ofWireName(row.eventType)
            .orElseThrow(() -> new IllegalStateException("Unknown event type " + row.eventType));
    return stored(row.id, type, row.occurredAt, row.data);
  }
}
