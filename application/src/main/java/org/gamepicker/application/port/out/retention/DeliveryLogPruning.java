package org.gamepicker.application.port.out.retention;

import java.time.Instant;

/**
 * Port: removes old webhook deliveries with their attempts. Writes join the caller's transaction.
 */
public interface DeliveryLogPruning {

  /**
   * Removes up to {@code limit} deliveries created before {@code cutoff} that are done (delivered
   * or given up; a delivery still retrying stays), with their attempts, skipping rows another
   * transaction holds; returns how many it removed (0: none left for now).
   */
  int pruneDoneBefore(Instant cutoff, int limit);
}
