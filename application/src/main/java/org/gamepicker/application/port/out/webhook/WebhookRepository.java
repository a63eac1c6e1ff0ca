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

  /** Deletes the webhook with its deliveries and their log; false when there was none. */
  boolean delete(long id);
}
