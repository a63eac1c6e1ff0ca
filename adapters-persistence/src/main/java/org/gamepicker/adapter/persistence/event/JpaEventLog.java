package org.gamepicker.adapter.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.NewEvent;
import org.gamepicker.application.port.out.event.StoredEvent;

/** The event log in the event_log table, appended in the caller's transaction, in commit order. */
@ApplicationScoped
public class JpaEventLog implements EventLog {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredEvent append(NewEvent event) {
    entityManager
        .createNativeQuery("SELECT id FROM event_log_lock WHERE id = 1 FOR UPDATE")
        .getSingleResult();
    EventLogJpaEntity row = new EventLogJpaEntity();
    row.eventType = event.type();
    row.sessionId = event.sessionId();
    row.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    row.data = JSONB.toJson(event.data());
    entityManager.persist(row);
    entityManager.flush();
    return toStored(row);
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
        .map(JpaEventLog::toStored)
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

  @SuppressWarnings("unchecked")
  private static StoredEvent toStored(EventLogJpaEntity row) {
    Map<String, Object> data;
    try (JsonReader reader = Json.createReader(new StringReader(row.data))) {
      data = (Map<String, Object>) plain(reader.readObject());
    }
    return new StoredEvent(row.id, row.eventType, row.sessionId, row.occurredAt.toInstant(), data);
  }

  /**
   * The JSON value as plain Java values, keeping the members' order (the wire order of the seeds).
   */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> members = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, member) -> members.put(name, plain(member)));
        yield members;
      }
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        value.asJsonArray().forEach(item -> items.add(plain(item)));
        yield items;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
