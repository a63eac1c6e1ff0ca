package org.gamepicker.application.port.in.webhook;

import java.util.Optional;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryLogEntry;

/** Use case, for the webhook worker: make the next attempt of a claimed delivery and log it. */
public interface SendDeliveryUseCase {

  /** The logged attempt; empty when the webhook or delivery was deleted meanwhile. */
  Optional<DeliveryLogEntry> send(Delivery delivery);
}
