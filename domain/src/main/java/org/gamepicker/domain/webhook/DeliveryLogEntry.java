package org.gamepicker.domain.webhook;

/** One line of a webhook's delivery log: an attempt with the delivery and event it belongs to. */
public record DeliveryLogEntry(
    long deliveryId,
    Long eventId,
    WebhookEventType eventType,
    String messageId,
    DeliveryStatus deliveryStatus,
    DeliveryAttempt attempt) {

  /** The entry for an attempt just recorded on {@code delivery}. */
  public static DeliveryLogEntry of(Delivery delivery, DeliveryAttempt attempt) {
    return new DeliveryLogEntry(
        delivery.id(),
        delivery.event().id(),
        delivery.event().type(),
        delivery.messageId(),
        delivery.status(),
        attempt);
  }
}
