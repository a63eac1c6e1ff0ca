package org.gamepicker.domain.event;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * Something that happened in the domain, as the system tells the outside world: what happened, the
 * ids of the aggregates involved, what a listener needs to know about them, and when. The one
 * outgoing contract of the core: the log stores these, and bots, webhooks and adapters receive
 * them.
 */
public sealed interface DomainEvent permits SessionScopedEvent, CatalogGameEvent {

  EventType type();

  Instant occurredAt();

  /**
   * The session whose subscribers may see the event; empty for an event that belongs to no session
   * (the catalog's). A new branch of the hierarchy must say here which session it belongs to.
   */
  default OptionalLong sessionScope() {
    return switch (this) {
      case SessionScopedEvent scoped -> OptionalLong.of(scoped.sessionId());
      case CatalogGameEvent catalog -> OptionalLong.empty();
    };
  }
}
