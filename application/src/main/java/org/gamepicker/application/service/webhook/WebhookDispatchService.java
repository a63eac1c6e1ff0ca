package org.gamepicker.application.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamepicker.application.port.in.webhook.DispatchWebhookEventsUseCase;
import org.gamepicker.application.port.out.AfterCommit;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.application.port.out.webhook.NewDeliveriesListener;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEvent;

/**
 * Turns committed events into deliveries, for the webhooks' subscriber of the event feed (whose
 * cursor makes sure none is lost across a crash or restart), and hands out due deliveries under a
 * lease.
 */
@ApplicationScoped
public class WebhookDispatchService implements DispatchWebhookEventsUseCase {

  private WebhookRepository webhooks;
  private WebhookDeliveryLog deliveries;
  private TimeSource time;
  private AfterCommit afterCommit;
  private NewDeliveriesListener newDeliveries;

  protected WebhookDispatchService() {}

  @Inject
  public WebhookDispatchService(
      WebhookRepository webhooks,
      WebhookDeliveryLog deliveries,
      TimeSource time,
      AfterCommit afterCommit,
      NewDeliveriesListener newDeliveries) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.time = time;
    this.afterCommit = afterCommit;
    this.newDeliveries = newDeliveries;
  }

  @Override
  public Set<EventType> subscribedTypes() {
    return webhooks.findAll().stream()
        .filter(Webhook::enabled)
        .flatMap(webhook -> webhook.events().stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public int dispatch(StoredEvent event) {
    List<Webhook> subscribed =
        webhooks.findAll().stream().filter(webhook -> webhook.wants(event.type())).toList();
    if (subscribed.isEmpty()) {
      return 0;
    }
    WebhookEvent payload = toWebhookEvent(event);
    Instant now = time.now();
    for (Webhook webhook : subscribed) {
      deliveries.save(Delivery.create(webhook.id(), payload, messageId(event), true, now));
    }
    int count = subscribed.size();
    afterCommit.run(() -> newDeliveries.deliveriesCreated(count));
    return subscribed.size();
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public List<Delivery> claimDue(int limit) {
    Instant now = time.now();
    return deliveries.claimDue(now, now.plus(DeliveryRecorder.LEASE), limit);
  }

  private WebhookEvent toWebhookEvent(StoredEvent event) {
    return WebhookEvent.logged(event.id(), event.type(), event.occurredAt(), event.data());
  }

  /** The {@code webhook-id} of an event's deliveries: stable across retries. */
  static String messageId(StoredEvent event) {
    return "evt_" + event.id();
  }
}
