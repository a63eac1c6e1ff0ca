package org.gamepicker.application.port.in.webhook;

import java.util.List;
import org.gamepicker.domain.webhook.DeliveryLogEntry;

/** Use case: test a webhook, read its delivery log, send a logged event again. */
public interface WebhookDeliveriesUseCase {

  /** Sends a {@code webhook.test} event now, once, and returns how that went. */
  DeliveryLogEntry test(long webhookId);

  /** The webhook's delivery attempts, newest first (the last 100). */
  List<DeliveryLogEntry> logs(long webhookId);

  /** Sends the event of one of the webhook's deliveries again now, once, under a new message id. */
  DeliveryLogEntry redeliver(long webhookId, long deliveryId);
}
