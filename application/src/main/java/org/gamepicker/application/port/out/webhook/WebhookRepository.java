package org.gamepicker.application.port.out.webhook;

import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.webhook.Webhook;

/** Port: stores and finds the registered webhooks. */
public interface WebhookRepository {

  /** Every webhook, by id. */
  List<Webhook> findAll();

  Optional<Webhook> findById(long id);

  /** Inserts a new webhook (id null) or updates a stored one; returns it as stored. */
  Webhook save(Webhook webhook);

  /**
   * Deletes the webhook at once, whatever its delivery log holds: no finder returns it and none of
   * its deliveries is claimed from then on; {@link WebhookDeliveryLog#pruneOfDeletedWebhooks}
   * removes its deliveries and their log later. False when there was none.
   */
  boolean delete(long id);
}
