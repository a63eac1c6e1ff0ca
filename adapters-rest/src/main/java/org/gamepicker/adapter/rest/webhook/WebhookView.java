package org.gamepicker.adapter.rest.webhook;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Webhook;

/** A webhook as the API shows it; {@code secret} only in the creation response, when generated. */
@Schema(name = "Webhook")
@JsonbPropertyOrder({"id", "name", "url", "events", "enabled", "created_at", "secret"})
public record WebhookView(
    long id,
    String name,
    String url,
    @Schema(description = "Subscribed event types") List<String> events,
    boolean enabled,
    @Schema(example = "2025-11-01T20:00:00.123Z") String created_at,
    @Schema(
            description =
                "The generated secret: present only in the response that created the webhook"
                    + " without a secret; never shown again")
        String secret) {

  static WebhookView of(Webhook webhook) {
    return of(webhook, null);
  }

  static WebhookView of(Webhook webhook, String shownSecret) {
    return new WebhookView(
        webhook.id(),
        webhook.name(),
        webhook.url().value(),
        webhook.events().stream().map(EventType::wireName).toList(),
        webhook.enabled(),
        WireTime.format(webhook.createdAt()),
        shownSecret);
  }
}
