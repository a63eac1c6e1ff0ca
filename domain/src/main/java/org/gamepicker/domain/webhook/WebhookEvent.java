package org.gamepicker.domain.webhook;

import java.time.Instant;
import java.util.Map;
import org.gamepicker.domain.common.Require;

/**
 * What a delivery carries: the live event's envelope {@code {id, type, timestamp, data}}; {@code
 * id} is the event log's id, null for a {@code webhook.test} event, which is not in the log.
 */
public record WebhookEvent(Long id, String type, Instant occurredAt, Map<String, Object> data) {

  public WebhookEvent {
    Require.notBlank(type, "type");
    Require.present(occurredAt, "occurredAt");
    Require.present(data, "data");
  }
}
