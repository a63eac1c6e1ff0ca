package org.gamepicker.application.port.in.retention;

import java.time.Duration;

/**
 * Use case, for the retention job: removes what is past its horizon, one short transaction per
 * batch. Votes, sessions, polls and the catalog are the host's history: never pruned.
 */
public interface PruneExpiredUseCase {

  /** Removes one batch of events past the event log's horizon; returns how many (0: done). */
  int pruneEvents();

  /** Removes one batch of webhook deliveries past their horizon; returns how many (0: done). */
  int pruneDeliveries();

  /** How often the job looks: the shorter of the two horizons' prune periods. */
  Duration period();

  /** The horizons, as the log states them at start (e.g. EVENT_RETENTION=P30D, ...). */
  String describe();
}
