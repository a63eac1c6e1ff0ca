package org.gamepicker.application.port.out.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: removes the oldest events of the event log and remembers how far it did (the prune mark),
 * so that a client resuming from a removed position can be told. Writes join the caller's
 * transaction.
 */
public interface EventLogPruning {

  /**
   * Removes up to {@code limit} of the oldest events that occurred before {@code cutoff}, stopping
   * at the first (in id order) that did not, and raises the prune mark to the greatest id removed;
   * returns how many it removed. Returns 0 without waiting when another transaction (another node's
   * pruning) holds the prune mark.
   */
  int pruneBefore(Instant cutoff, int limit);

  /** The greatest id ever pruned from the log, 0 when none was. */
  long prunedUpTo();

  /** The oldest event kept, empty when the log is empty. */
  Optional<OldestEvent> oldestKept();
}
