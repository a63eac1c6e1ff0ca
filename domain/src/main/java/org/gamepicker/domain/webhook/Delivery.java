package org.gamepicker.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gamepicker.domain.common.Require;

/**
 * One event on its way to one webhook.
 *
 * <p>Lifecycle: created {@link DeliveryStatus#PENDING}, due at once; each attempt is recorded with
 * {@link #record}: a success ends it as SUCCEEDED; a failure makes it due again after the {@link
 * RetrySchedule}'s delay, or ends it as FAILED when the schedule is exhausted, the receiver
 * answered 410 Gone, or the delivery was a one-shot (a test or a manual redelivery). The {@code
 * messageId} (the {@code webhook-id} header) never changes across its attempts.
 */
public final class Delivery {

  private final Long id;
  private final long webhookId;
  private final WebhookEvent event;
  private final String messageId;
  private final boolean retrying;
  private final int attempts;
  private final DeliveryStatus status;
  private final Instant nextAttemptAt;
  private final Instant createdAt;

  private Delivery(
      Long id,
      long webhookId,
      WebhookEvent event,
      String messageId,
      boolean retrying,
      int attempts,
      DeliveryStatus status,
      Instant nextAttemptAt,
      Instant createdAt) {
    this.id = id;
    this.webhookId = webhookId;
    this.event = Require.present(event, "event");
    this.messageId = Require.notBlank(messageId, "message_id");
    this.retrying = retrying;
    Require.that(attempts >= 0, "attempts", "attempts must not be negative");
    this.attempts = attempts;
    this.status = Require.present(status, "status");
    Require.that(
        (status == DeliveryStatus.PENDING) == (nextAttemptAt != null),
        "next_attempt_at",
        "exactly the pending deliveries have a next attempt");
    this.nextAttemptAt = nextAttemptAt;
    this.createdAt = Require.present(createdAt, "created_at");
  }

  /** A new delivery, due now; {@code retrying} false makes it a one-shot. */
  public static Delivery create(
      long webhookId, WebhookEvent event, String messageId, boolean retrying, Instant now) {
    return new Delivery(
        null, webhookId, event, messageId, retrying, 0, DeliveryStatus.PENDING, now, now);
  }

  /** A delivery as stored. */
  public static Delivery restore(
      long id,
      long webhookId,
      WebhookEvent event,
      String messageId,
      boolean retrying,
      int attempts,
      DeliveryStatus status,
      Instant nextAttemptAt,
      Instant createdAt) {
    return new Delivery(
        id, webhookId, event, messageId, retrying, attempts, status, nextAttemptAt, createdAt);
  }

  /** The delivery after one more attempt, and that attempt's log entry. */
  public Recorded record(AttemptResult result, Instant attemptedAt, RetrySchedule schedule) {
    Require.that(status == DeliveryStatus.PENDING, "status", "delivery " + id + " is finished");
    int attempt = attempts + 1;
    DeliveryStatus newStatus = DeliveryStatus.FAILED;
    Instant next = null;
    if (result.succeeded()) {
      newStatus = DeliveryStatus.SUCCEEDED;
    } else if (retrying && !result.gone()) {
      Optional<Duration> delay = schedule.delayAfterFailedAttempt(attempt);
      if (delay.isPresent()) {
        newStatus = DeliveryStatus.PENDING;
        next = attemptedAt.plusMillis(result.durationMillis()).plus(delay.get());
      }
    }
    Delivery after =
        new Delivery(
            id, webhookId, event, messageId, retrying, attempt, newStatus, next, createdAt);
    DeliveryAttempt logged =
        new DeliveryAttempt(
            null,
            id,
            attempt,
            attemptedAt,
            result.succeeded(),
            result.responseStatus(),
            result.durationMillis(),
            result.error(),
            next);
    return new Recorded(after, logged);
  }

  /**
   * The delivery held by one worker until {@code leaseUntil}: if that worker dies before recording
   * its attempt, the delivery becomes due again then.
   */
  public Delivery claim(Instant leaseUntil) {
    Require.that(status == DeliveryStatus.PENDING, "status", "delivery " + id + " is finished");
    return new Delivery(
        id, webhookId, event, messageId, retrying, attempts, status, leaseUntil, createdAt);
  }

  /** The outcome of {@link #record}. */
  public record Recorded(Delivery delivery, DeliveryAttempt attempt) {}

  public Long id() {
    return id;
  }

  public long webhookId() {
    return webhookId;
  }

  public WebhookEvent event() {
    return event;
  }

  public String messageId() {
    return messageId;
  }

  public boolean retrying() {
    return retrying;
  }

  public int attempts() {
    return attempts;
  }

  public DeliveryStatus status() {
    return status;
  }

  /** When the next attempt is due; null once finished. */
  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
