package org.gamepicker.adapter.webhooks;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.gamepicker.application.port.out.webhook.OutgoingWebhook;
import org.gamepicker.application.port.out.webhook.WebhookSender;
import org.gamepicker.domain.webhook.AttemptResult;

/**
 * Counts every webhook delivery attempt by its outcome: {@code delivered} (2xx), {@code refused}
 * (the receiver answered another status) or {@code no_response} (timeout, connection refused, ...).
 */
@Decorator
@Priority(100)
public abstract class CountedWebhookSender implements WebhookSender {

  @Inject @Delegate WebhookSender sender;
  @Inject MetricRegistry metrics;

  @Override
  public AttemptResult send(OutgoingWebhook message) {
    AttemptResult result = sender.send(message);
    metrics
        .counter(
            Metadata.builder()
                .withName("gamepicker_webhook_attempts")
                .withDescription("Webhook delivery attempts by outcome")
                .build(),
            new Tag("outcome", outcome(result)))
        .inc();
    return result;
  }

  static String outcome(AttemptResult result) {
    if (result.succeeded()) {
      return "delivered";
    }
    return result.responseStatus() == null ? "no_response" : "refused";
  }
}
