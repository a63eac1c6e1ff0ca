package org.gamepicker.application.port.out.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;

/**
 * Port: the deliveries waiting or done, and the log of their attempts. Writes join the caller's
 * transaction.
 */
public interface WebhookDeliveryLog {

  /** Inserts a new delivery (id null) or updates a stored one; returns it as stored. */
  Delivery save(Delivery delivery);

  Optional<Delivery> findById(long id);

  /**
   * The delivery, its row locked until the caller's transaction ends (so pruning skips it); empty
   * when it was removed.
   */
  Optional<Delivery> findByIdForUpdate(long id);

  /**
   * Up to {@code limit} pending deliveries of enabled webhooks due at {@code now}, oldest due
   * first, each claimed (made due again only at {@code leaseUntil}) so that no other worker or node
   * takes it; rows another transaction holds are skipped, not waited for.
   */
  List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit);

  /** Appends an attempt to the log; returns it as stored. */
  DeliveryAttempt append(DeliveryAttempt attempt);

  /** The webhook's last {@code limit} attempts, newest first. */
  List<DeliveryLogEntry> logOf(long webhookId, int limit);

  /**
   * Removes up to {@code limit} deliveries of deleted webhooks with their attempts, skipping rows
   * another transaction holds, and what is left of a deleted webhook once none of its deliveries
   * is; returns how many deliveries it removed (0: none left for now).
   */
  int pruneOfDeletedWebhooks(int limit);
}
