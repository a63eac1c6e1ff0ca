package org.gamepicker.application.port.out.retention;

import org.gamepicker.domain.retention.RetentionHorizon;

/** Port: how long the event log and the webhook delivery log keep their records. */
public interface RetentionSettings {

  /** The event log's horizon ({@code EVENT_RETENTION}). */
  RetentionHorizon events();

  /** The webhook delivery log's horizon ({@code WEBHOOK_DELIVERY_RETENTION}). */
  RetentionHorizon webhookDeliveries();
}
