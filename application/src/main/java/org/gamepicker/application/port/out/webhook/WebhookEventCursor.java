package org.gamepicker.application.port.out.webhook;

/**
 * Port: the persisted id of the last event-log event handed to webhooks. Reading locks it until the
 * transaction ends, so one dispatcher at a time (on any node) turns events into deliveries.
 */
public interface WebhookEventCursor {

  /** The id, locked for the current transaction. */
  long lockAndRead();

  void advanceTo(long eventId);
}
