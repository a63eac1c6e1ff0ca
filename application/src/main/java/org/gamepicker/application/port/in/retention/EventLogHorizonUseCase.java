package org.gamepicker.application.port.in.retention;

import java.util.Optional;
import org.gamepicker.application.port.out.retention.OldestEvent;

/** Use case: where the event log begins now that retention prunes it. */
public interface EventLogHorizonUseCase {

  /**
   * Whether events after {@code lastEventId} were pruned: a client resuming from it has missed
   * events that are gone, and must load the current state instead. Never for 0, which asks for
   * whatever the log keeps.
   */
  boolean missedPrunedEvents(long lastEventId);

  /** The oldest event kept, empty when the log is empty. */
  Optional<OldestEvent> oldestKept();
}
