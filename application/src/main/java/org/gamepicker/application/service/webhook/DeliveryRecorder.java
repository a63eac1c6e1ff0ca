package org.gamepicker.application.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.application.port.out.webhook.WebhookRetryPolicy;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;

/**
 * The transactional steps around an HTTP attempt (which itself runs outside any transaction):
 * opening a one-shot delivery and recording an attempt's outcome.
 */
@ApplicationScoped
public class DeliveryRecorder {

  /** How long a claimed delivery is held; longer than an attempt's 15 s timeout. */
  static final Duration LEASE = Duration.ofMinutes(2);

  private WebhookDeliveryLog deliveries;
  private WebhookRepository webhooks;
  private WebhookRetryPolicy retryPolicy;

  protected DeliveryRecorder() {}

  @Inject
  public DeliveryRecorder(
      WebhookDeliveryLog deliveries, WebhookRepository webhooks, WebhookRetryPolicy retryPolicy) {
    this.deliveries = deliveries;
    this.webhooks = webhooks;
    this.retryPolicy = retryPolicy;
  }

  /** Stores a new delivery already claimed by the caller, who sends it at once. */
  @Transactional(dontRollbackOn = DomainException.class)
  public Delivery openClaimed(Delivery delivery, Instant now) {
    Delivery saved = deliveries.save(delivery);
    return deliveries.save(saved.claim(now.plus(LEASE)));
  }

  /**
   * Logs the attempt, schedules the next one or finishes the delivery, and disables the webhook
   * when the receiver answered 410 Gone; empty when the delivery was deleted meanwhile.
   */
  @Transactional(dontRollbackOn = DomainException.class)
  public Optional<DeliveryLogEntry> record(long deliveryId, AttemptResult result, Instant at) {
    Optional<Delivery> stored = deliveries.findByIdForUpdate(deliveryId);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Delivery.Recorded recorded = stored.get().record(result, at, retryPolicy.schedule());
    Delivery delivery = deliveries.save(recorded.delivery());
    DeliveryAttempt attempt = deliveries.append(recorded.attempt());
    if (result.gone()) {
      webhooks
          .findById(delivery.webhookId())
          .ifPresent(webhook -> webhooks.save(webhook.withEnabled(false)));
    }
    return Optional.of(DeliveryLogEntry.of(delivery, attempt));
  }
}
