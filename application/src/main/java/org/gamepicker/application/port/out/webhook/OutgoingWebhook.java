package org.gamepicker.application.port.out.webhook;

import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.webhook.WebhookEvent;
import org.gamepicker.domain.webhook.WebhookUrl;

/**
 * One HTTP attempt to make: the event to POST to {@code url}, signed with {@code secret}, under the
 * stable {@code messageId}.
 */
public record OutgoingWebhook(WebhookUrl url, String secret, String messageId, WebhookEvent event) {

  public OutgoingWebhook {
    Require.present(url, "url");
    Require.notBlank(secret, "secret");
    Require.notBlank(messageId, "messageId");
    Require.present(event, "event");
  }
}
