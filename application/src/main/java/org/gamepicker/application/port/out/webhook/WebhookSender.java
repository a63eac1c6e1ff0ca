package org.gamepicker.application.port.out.webhook;

import org.gamepicker.domain.webhook.AttemptResult;

/**
 * Port: makes one signed HTTP attempt and reports how it went; never throws for a failed delivery.
 * Blocks for at most its timeout.
 */
public interface WebhookSender {

  AttemptResult send(OutgoingWebhook message);
}
