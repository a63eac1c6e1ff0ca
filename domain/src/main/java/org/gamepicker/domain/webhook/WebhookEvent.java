package org.gamepicker.domain.webhook;

import java.time.Instant;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.EventType;

/**
 * What a delivery carries: the parts of the event's envelope {@code {type, timestamp, data, id}},
 * with {@code data} as the JSON text sent; {@code id} is the event log's id, which a logged event
 * has and the test event, not in the log, has not.
 */
public record WebhookEvent(Long id, WebhookEventType type, Instant occurredAt, String data) {

  public WebhookEvent {
    Require.present(type, "type");
    Require.that(
        (id == null) == (type instanceof WebhookEventType.Test),
        "id",
        "exactly the test event has no id in the event log");
    Require.present(occurredAt, "occurredAt");
    Require.notBlank(data, "data");
  }

  /** A logged event, with its id in the event log. */
  public static WebhookEvent logged(long id, EventType type, Instant occurredAt, String data) {
    return new WebhookEvent(id, WebhookEventType.of(type), occurredAt, data);
  }

  /** The test event, sent only on request. */
  public static WebhookEvent test(Instant occurredAt, String data) {
    return new WebhookEvent(null, WebhookEventType.TEST, occurredAt, data);
  }
}
