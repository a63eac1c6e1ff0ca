package org.gamepicker.adapter.webhooks;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gamepicker.application.port.in.WireTime;
import org.gamepicker.domain.webhook.WebhookEvent;

/**
 * The request body of a delivery: the live event's envelope {@code {"type", "timestamp", "data",
 * "id"}}, in the WebSocket's member order, in UTF-8 JSON ({@code id} is null for webhook.test).
 */
final class WebhookPayloads {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private WebhookPayloads() {}

  static byte[] body(WebhookEvent event) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("type", event.type());
    envelope.put("timestamp", WireTime.format(event.occurredAt()));
    envelope.put("data", event.data());
    envelope.put("id", event.id());
    return JSONB.toJson(envelope).getBytes(StandardCharsets.UTF_8);
  }
}
