package org.gamepicker.adapter.persistence.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;
import org.gamepicker.domain.webhook.DeliveryStatus;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEvent;
import org.gamepicker.domain.webhook.WebhookEventType;
import org.gamepicker.domain.webhook.WebhookSubscriptions;
import org.gamepicker.domain.webhook.WebhookUrl;

/** Maps webhooks, deliveries and attempts to and from their JPA rows. */
final class WebhookMapper {

  private static final int MAX_ERROR = 1000;

  private WebhookMapper() {}

  static void copy(Webhook webhook, WebhookJpaEntity row) {
    row.name = webhook.name();
    row.url = webhook.url().value();
    row.events =
        webhook.events().stream().map(EventType::wireName).collect(Collectors.joining(","));
    row.enabled = webhook.enabled();
    row.secret = webhook.secret();
    row.createdAt = toColumn(webhook.createdAt());
  }

  static Webhook toDomain(WebhookJpaEntity row) {
    return Webhook.restore(
        row.id,
        row.name,
        new WebhookUrl(row.url),
        WebhookSubscriptions.parse(Arrays.asList(row.events.split(","))),
        row.enabled,
        row.secret,
        row.createdAt.toInstant());
  }

  static void copy(Delivery delivery, WebhookDeliveryJpaEntity row) {
    row.webhookId = delivery.webhookId();
    row.eventId = delivery.event().id();
    row.eventType = delivery.event().type().wireName();
    row.occurredAt = toColumn(delivery.event().occurredAt());
    row.data = delivery.event().data();
    row.messageId = delivery.messageId();
    row.retrying = delivery.retrying();
    row.attempts = delivery.attempts();
    row.status = delivery.status().name();
    row.nextAttemptAt = toColumn(delivery.nextAttemptAt());
    row.createdAt = toColumn(delivery.createdAt());
  }

  static Delivery toDomain(WebhookDeliveryJpaEntity row) {
    return Delivery.restore(
        row.id,
        row.webhookId,
        new WebhookEvent(row.eventId, eventType(row), row.occurredAt.toInstant(), row.data),
        row.messageId,
        row.retrying,
        row.attempts,
        DeliveryStatus.valueOf(row.status),
        toInstant(row.nextAttemptAt),
        row.createdAt.toInstant());
  }

  static WebhookDeliveryAttemptJpaEntity toRow(DeliveryAttempt attempt) {
    WebhookDeliveryAttemptJpaEntity row = new WebhookDeliveryAttemptJpaEntity();
    row.deliveryId = attempt.deliveryId();
    row.attempt = attempt.attempt();
    row.attemptedAt = toColumn(attempt.attemptedAt());
    row.succeeded = attempt.succeeded();
    row.responseStatus = attempt.responseStatus();
    row.durationMs = attempt.durationMillis();
    String error = attempt.error();
    row.error =
        error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    row.nextAttemptAt = toColumn(attempt.nextAttemptAt());
    return row;
  }

  static DeliveryAttempt toDomain(WebhookDeliveryAttemptJpaEntity row) {
    return new DeliveryAttempt(
        row.id,
        row.deliveryId,
        row.attempt,
        row.attemptedAt.toInstant(),
        row.succeeded,
        row.responseStatus,
        row.durationMs,
        row.error,
        toInstant(row.nextAttemptAt));
  }

  static DeliveryLogEntry toLogEntry(
      WebhookDeliveryAttemptJpaEntity attempt, WebhookDeliveryJpaEntity delivery) {
    return new DeliveryLogEntry(
        delivery.id,
        delivery.eventId,
        eventType(delivery),
        delivery.messageId,
        DeliveryStatus.valueOf(delivery.status),
        toDomain(attempt));
  }

  private static WebhookEventType eventType(WebhookDeliveryJpaEntity row) {
    return WebhookEventType.ofWireName(row.eventType)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Delivery " + row.id + " has an unknown event type " + row.eventType));
  }

  static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }

  private static Instant toInstant(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }
}
