package org.gamepicker.adapter.rest.webhook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;

/** One delivery attempt as the log shows it. */
@Schema(name = "WebhookDeliveryAttempt")
@JsonbNillable
@JsonbPropertyOrder({
  "delivery_id",
  "event_type",
  "event_id",
  "webhook_id",
  "attempt",
  "outcome",
  "delivery_status",
  "response_status",
  "duration_ms",
  "error",
  "attempted_at",
  "next_attempt_at"
})
public record DeliveryLogView(
    @Schema(description = "The delivery (one event to this webhook); see redeliver")
        long delivery_id,
    @Schema(example = "session.started") String event_type,
    @Schema(description = "The event's id in the event log; null for webhook.test") Long event_id,
    @Schema(
            description =
                "The webhook-id header: evt_<event id>, the same on every retry; msg_<uuid> for a"
                    + " test or a redelivery")
        String webhook_id,
    @Schema(description = "1 for the first attempt") int attempt,
    @Schema(enumeration = {"success", "failure"}) String outcome,
    @Schema(
            description =
                "The delivery's current state: pending (another attempt is due at"
                    + " next_attempt_at), succeeded, or failed (given up)",
            enumeration = {"pending", "succeeded", "failed"})
        String delivery_status,
    @Schema(description = "The receiver's HTTP status; null when it did not answer")
        Integer response_status,
    long duration_ms,
    @Schema(description = "Why it failed; null on success") String error,
    @Schema(example = "2025-11-01T20:00:00.123Z") String attempted_at,
    @Schema(description = "When the next attempt is due; null when none follows")
        String next_attempt_at) {

  static DeliveryLogView of(DeliveryLogEntry entry) {
    DeliveryAttempt attempt = entry.attempt();
    return new DeliveryLogView(
        entry.deliveryId(),
        entry.eventType().wireName(),
        entry.eventId(),
        entry.messageId(),
        attempt.attempt(),
        attempt.succeeded() ? "success" : "failure",
        entry.deliveryStatus().name().toLowerCase(),
        attempt.responseStatus(),
        attempt.durationMillis(),
        attempt.error(),
        WireTime.format(attempt.attemptedAt()),
        WireTime.format(attempt.nextAttemptAt()));
  }
}
