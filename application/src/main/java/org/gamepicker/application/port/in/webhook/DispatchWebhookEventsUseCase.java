package org.gamepicker.application.port.in.webhook;

import java.util.List;
import org.gamepicker.domain.webhook.Delivery;

/**
 * Use case, for the webhook worker: turn new events of the log into deliveries, and hand out the
 * deliveries that are due.
 */
public interface DispatchWebhookEventsUseCase {

  /**
   * Creates one delivery per (event after the persisted cursor, enabled webhook subscribed to its
   * type) and advances the cursor, all in one transaction; returns how many it created.
   */
  int dispatchNewEvents();

  /**
   * Claims up to {@code limit} due deliveries for the caller to {@link SendDeliveryUseCase send}.
   */
  List<Delivery> claimDue(int limit);
}
