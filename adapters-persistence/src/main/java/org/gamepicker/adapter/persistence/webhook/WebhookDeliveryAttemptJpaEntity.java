package org.gamepicker.adapter.persistence.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** JPA row of one logged delivery attempt. */
@Entity
@Table(name = "webhook_delivery_attempt")
public class WebhookDeliveryAttemptJpaEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "delivery_id", nullable = false)
  long deliveryId;

  @Column(nullable = false)
  int attempt;

  @Column(name = "attempted_at", nullable = false)
  OffsetDateTime attemptedAt;

  @Column(nullable = false)
  boolean succeeded;

  @Column(name = "response_status")
  Integer responseStatus;

  @Column(name = "duration_ms", nullable = false)
  long durationMs;

  @Column(name = "error")
  String error;

  @Column(name = "next_attempt_at")
  OffsetDateTime nextAttemptAt;
}
