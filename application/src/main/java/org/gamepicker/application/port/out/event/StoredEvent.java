package org.gamepicker.application.port.out.event;

import java.time.Instant;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;

/** A domain event as kept in the durable event log, with its id: increasing, in commit order. */
public record StoredEvent(long id, DomainEvent event) {

  public EventType type() {
    return event.type();
  }

  public long sessionId() {
    return event.sessionId();
  }

  public Instant occurredAt() {
    return event.occurredAt();
  }
}
