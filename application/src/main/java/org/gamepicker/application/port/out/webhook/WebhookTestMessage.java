package org.gamepicker.application.port.out.webhook;

/**
 * Port: the {@code data} member of a {@code webhook.test} delivery, which tells the receiver which
 * webhook it tests; it is not a logged event, so no event's wire form gives it.
 */
public interface WebhookTestMessage {

  /** The test delivery's {@code data}, as JSON text. */
  String data(long webhookId, String webhookName);
}
