package org.gamepicker.application.port.out.event;

import java.time.Instant;
import org.gamepicker.domain.event.DomainEvent;

/**
 * Port: the seeds' wire form of events, produced in one place for every channel (live WebSocket,
 * its replay, webhooks and their test deliveries): the envelope {@code
 * {"type","timestamp","data","id"}} whose {@code data} holds snake_case members in the seeds'
 * order.
 */
public interface EventWireFormat {

  /** The envelope's {@code data} member of this event, as JSON text. */
  String data(DomainEvent event);

  /** The {@code data} member of a {@code webhook.test} delivery, which is not a logged event. */
  String webhookTestData(long webhookId, String webhookName);

  /** The envelope as JSON text; {@code id} is null for messages that are not in the log. */
  String envelope(String type, Instant occurredAt, String data, Long id);

  /** The envelope of a logged event. */
  default String envelope(StoredEvent stored) {
    return envelope(
        stored.type().wireName(), stored.occurredAt(), data(stored.event()), stored.id());
  }
}
