package org.gamepicker.application.service.webhook;

import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.application.port.out.webhook.WebhookRepositoryContract;

/** The webhook repository's contract, on the in-memory fake. */
class InMemoryWebhooksTest extends WebhookRepositoryContract {

  @Override
  protected WebhookRepository webhooks() {
    return new WebhookFakes.Webhooks();
  }
}
