package org.gamepicker.application.port.out.event;

import java.time.Instant;
import java.util.OptionalLong;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.SessionScopedEvent;

/**
 * A domain event as kept in the durable event log: its id (increasing, in commit order), the event,
 * and its {@code data} member as bots and webhooks receive it, written once when it was logged.
 */
public record StoredEvent(long id, DomainEvent event, String data) {

  public EventType type() {
    return event.type();
  }

  /** The session whose subscribers may see the event; empty for catalog events. */
  public OptionalLong sessionId() {
    return event instanceof SessionScopedEvent scoped
        ? OptionalLong.of(scoped.sessionId())
        : OptionalLong.empty();
  }

  public Instant occurredAt() {
    return event.occurredAt();
  }
}
