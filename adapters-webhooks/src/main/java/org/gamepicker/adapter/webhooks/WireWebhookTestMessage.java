package org.gamepicker.adapter.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import org.gamepicker.application.port.out.webhook.WebhookTestMessage;
import org.gamepicker.wire.WireEventWriter;

/** The {@code webhook.test} delivery's data in the published wire form. */
@ApplicationScoped
public class WireWebhookTestMessage implements WebhookTestMessage {

  @Override
  public String data(long webhookId, String webhookName) {
    return WireEventWriter.webhookTestData(webhookId, webhookName);
  }
}
