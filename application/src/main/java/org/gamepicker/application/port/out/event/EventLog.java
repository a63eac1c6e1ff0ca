package org.gamepicker.application.port.out.event;

import java.util.List;
import org.gamepicker.domain.event.DomainEvent;

/**
 * Port: the durable, ordered log of domain events. Appends join the caller's transaction, so an
 * event exists exactly when the change it describes committed.
 */
public interface EventLog {

  /** Appends in the current transaction; the id is assigned in increasing order. */
  StoredEvent append(DomainEvent event);

  /** Up to {@code limit} events with an id greater than {@code afterId}, in id order. */
  List<StoredEvent> readAfter(long afterId, int limit);

  /** The greatest id in the log, 0 when it is empty. */
  long lastId();
}
