package org.gamepicker.application.port.in.webhook;

/**
 * Use case, for the webhook worker: finish deleting webhooks by removing their deliveries and
 * delivery log, one short transaction at a time.
 */
public interface PruneDeletedWebhooksUseCase {

  /** Removes one batch; returns how many deliveries it removed (0: nothing left for now). */
  int pruneBatch();
}
