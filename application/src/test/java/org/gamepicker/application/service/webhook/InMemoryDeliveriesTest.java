package org.gamepicker.application.service.webhook;

import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLogContract;
import org.gamepicker.application.port.out.webhook.WebhookRepository;

/** The webhook delivery log's contract, on the in-memory fake. */
class InMemoryDeliveriesTest extends WebhookDeliveryLogContract {

  private final WebhookFakes.Webhooks webhooks = new WebhookFakes.Webhooks();

  @Override
  protected WebhookDeliveryLog deliveries() {
    return new WebhookFakes.Deliveries(webhooks);
  }

  @Override
  protected WebhookRepository webhooks() {
    return webhooks;
  }
}
