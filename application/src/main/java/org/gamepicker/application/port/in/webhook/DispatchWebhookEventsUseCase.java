package org.gamepicker.application.port.in.webhook;

import java.util.List;
import java.util.Set;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Delivery;

/**
 * Use case, for the webhook worker (the webhooks' subscriber of the event feed): turn an event of
 * the log into deliveries, and hand out the deliveries that are due.
 */
public interface DispatchWebhookEventsUseCase {

  /** The types some enabled webhook is subscribed to. */
  Set<EventType> subscribedTypes();

  /**
   * Creates one delivery per enabled webhook subscribed to the event's type, in the caller's
   * transaction (the feed's, which also advances the cursor); returns how many it created. Once
   * they are committed, the {@link
   * org.gamepicker.application.port.out.webhook.NewDeliveriesListener} is told.
   */
  int dispatch(StoredEvent event);

  /**
   * Claims up to {@code limit} due deliveries for the caller to {@link SendDeliveryUseCase send}.
   */
  List<Delivery> claimDue(int limit);
}
