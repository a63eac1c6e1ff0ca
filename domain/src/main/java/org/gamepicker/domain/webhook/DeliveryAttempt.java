package org.gamepicker.domain.webhook;

import java.time.Instant;

/**
 * One logged attempt of a delivery: its number, when, how it went and, if another one follows,
 * when. The id is null until stored.
 */
public record DeliveryAttempt(
    Long id,
    long deliveryId,
    int attempt,
    Instant attemptedAt,
    boolean succeeded,
    Integer responseStatus,
    long durationMillis,
    String error,
    Instant nextAttemptAt) {}
