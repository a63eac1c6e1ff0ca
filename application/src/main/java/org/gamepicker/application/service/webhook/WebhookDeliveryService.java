package org.gamepicker.application.service.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gamepicker.application.port.in.webhook.SendDeliveryUseCase;
import org.gamepicker.application.port.in.webhook.WebhookDeliveriesUseCase;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.webhook.OutgoingWebhook;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.application.port.out.webhook.WebhookSender;
import org.gamepicker.application.port.out.webhook.WebhookTestMessage;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryLogEntry;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEvent;

/**
 * Makes delivery attempts (outside any transaction, so a slow receiver holds no database lock) and
 * serves the test, log and redeliver operations.
 */
@ApplicationScoped
public class WebhookDeliveryService implements SendDeliveryUseCase, WebhookDeliveriesUseCase {

  static final int LOG_LIMIT = 100;

  private WebhookRepository webhooks;
  private WebhookDeliveryLog deliveries;
  private DeliveryRecorder recorder;
  private WebhookSender sender;
  private TimeSource time;
  private WebhookTestMessage testMessage;

  protected WebhookDeliveryService() {}

  @Inject
  public WebhookDeliveryService(
      WebhookRepository webhooks,
      WebhookDeliveryLog deliveries,
      DeliveryRecorder recorder,
      WebhookSender sender,
      TimeSource time,
      WebhookTestMessage testMessage) {
    this.webhooks = webhooks;
    this.deliveries = deliveries;
    this.recorder = recorder;
    this.sender = sender;
    this.time = time;
    this.testMessage = testMessage;
  }

  @Override
  public Optional<DeliveryLogEntry> send(Delivery delivery) {
    return webhooks.findById(delivery.webhookId()).flatMap(webhook -> attempt(webhook, delivery));
  }

  @Override
  public DeliveryLogEntry test(long webhookId) {
    Webhook webhook = WebhookService.find(webhooks, webhookId);
    Instant now = time.now();
    String data = testMessage.data(webhook.id(), webhook.name());
    return sendOnce(webhook, WebhookEvent.test(now, data), now);
  }

  @Override
  public List<DeliveryLogEntry> logs(long webhookId) {
    WebhookService.find(webhooks, webhookId);
    return deliveries.logOf(webhookId, LOG_LIMIT);
  }

  @Override
  public DeliveryLogEntry redeliver(long webhookId, long deliveryId) {
    Webhook webhook = WebhookService.find(webhooks, webhookId);
    Delivery original =
        deliveries
            .findById(deliveryId)
            .filter(d -> d.webhookId() == webhookId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No delivery with id " + deliveryId + " for webhook " + webhookId));
    return sendOnce(webhook, original.event(), time.now());
  }

  private DeliveryLogEntry sendOnce(Webhook webhook, WebhookEvent event, Instant now) {
    String messageId = "msg_" + UUID.randomUUID();
    Delivery delivery =
        recorder.openClaimed(Delivery.create(webhook.id(), event, messageId, false, now), now);
    return attempt(webhook, delivery)
        .orElseThrow(() -> new NotFoundException("Webhook " + webhook.id() + " was deleted"));
  }

  private Optional<DeliveryLogEntry> attempt(Webhook webhook, Delivery delivery) {
    Instant startedAt = time.now();
    AttemptResult result =
        sender.send(
            new OutgoingWebhook(
                webhook.url(), webhook.secret(), delivery.messageId(), delivery.event()));
    return recorder.record(delivery.id(), result, startedAt);
  }
}
