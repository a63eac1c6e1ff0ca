package org.gamepicker.application.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.gamepicker.application.port.in.webhook.DispatchWebhookEventsUseCase;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventWireFormat;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookEventCursor;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEvent;

/**
 * Turns committed events into deliveries from the persisted cursor (so none is lost across a crash
 * or restart) and hands out due deliveries under a lease.
 */
@ApplicationScoped
public class WebhookDispatchService implements DispatchWebhookEventsUseCase {

  static final int BATCH = 200;

  private EventLog eventLog;
  private WebhookEventCursor cursor;
  private WebhookRepository webhooks;
  private WebhookDeliveryLog deliveries;
  private TimeSource time;
  private EventWireFormat wireFormat;

  protected WebhookDispatchService() {}

  @Inject
  public WebhookDispatchService(
      EventLog eventLog,
      WebhookEventCursor cursor,
      WebhookRepository webhooks,
      WebhookDeliveryLog deliveries,
      TimeSource time,
      EventWireFormat wireFormat) {
    this.eventLog = eventLog;
    this.cursor = cursor;
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.time = time;
    this.wireFormat = wireFormat;
  }

  @Override
  @Transactional
  public int dispatchNewEvents() {
    List<StoredEvent> events = eventLog.readAfter(cursor.lockAndRead(), BATCH);
    if (events.isEmpty()) {
      return 0;
    }
    List<Webhook> enabled = webhooks.findAll().stream().filter(Webhook::enabled).toList();
    Instant now = time.now();
    int created = 0;
    for (StoredEvent event : events) {
      List<Webhook> subscribed =
          enabled.stream().filter(webhook -> webhook.wants(event.type().wireName())).toList();
      if (subscribed.isEmpty()) {
        continue;
      }
      WebhookEvent payload = toWebhookEvent(event);
      for (Webhook webhook : subscribed) {
        deliveries.save(Delivery.create(webhook.id(), payload, messageId(event), true, now));
        created++;
      }
    }
    cursor.advanceTo(events.get(events.size() - 1).id());
    return created;
  }

  @Override
  @Transactional
  public List<Delivery> claimDue(int limit) {
    Instant now = time.now();
    return deliveries.claimDue(now, now.plus(DeliveryRecorder.LEASE), limit);
  }

  private WebhookEvent toWebhookEvent(StoredEvent event) {
    return new WebhookEvent(
        event.id(), event.type().wireName(), event.occurredAt(), wireFormat.data(event.event()));
  }

  /** The {@code webhook-id} of an event's deliveries: stable across retries. */
  static String messageId(StoredEvent event) {
    return "evt_" + event.id();
  }
}
