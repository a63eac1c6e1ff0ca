package org.gamepicker.adapter.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JPA row of a delivery; {@code data} holds the event's JSON data member. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDeliveryJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "webhook_id", nullable = false)
  long webhookId;

  @Column(name = "event_id")
  Long eventId;

  @Column(name = "event_type", nullable = false)
  String eventType;

  @Column(name = "occurred_at", nullable = false)
  OffsetDateTime occurredAt;

  @Column(nullable = false)
  String data;

  @Column(name = "message_id", nullable = false)
  String messageId;

  @Column(nullable = false)
  boolean retrying;

  @Column(nullable = false)
  int attempts;

  @Column(nullable = false)
  String status;

  @Column(name = "next_attempt_at")
  OffsetDateTime nextAttemptAt;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;
}
