package org.gamepicker.domain.event;

import java.time.Instant;

/**
 * Something that happened in the domain, as the system tells the outside world: what happened, the
 * ids of the aggregates involved, what a listener needs to know about them, and when. The one
 * outgoing contract of the core: the log stores these, and bots, webhooks and adapters receive
 * them.
 */
public sealed interface DomainEvent permits SessionScopedEvent, CatalogGameEvent {

  EventType type();

  Instant occurredAt();
}
