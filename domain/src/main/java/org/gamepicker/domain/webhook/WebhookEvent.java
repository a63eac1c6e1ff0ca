package org.gamepicker.domain.webhook;

import java.time.Instant;
import org.gamepicker.domain.common.Require;

/**
 * What a delivery carries: the parts of the event's envelope {@code {type, timestamp, data, id}},
 * with {@code data} as the JSON text sent; {@code id} is the event log's id, null for a {@code
 * webhook.test} event, which is not in the log.
 */
public record WebhookEvent(Long id, String type, Instant occurredAt, String data) {

  public WebhookEvent {
    Require.notBlank(type, "type");
    Require.present(occurredAt, "occurredAt");
    Require.notBlank(data, "data");
  }
}
