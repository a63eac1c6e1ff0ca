package org.gamepicker.application.port.out.event;

import java.util.List;
import org.gamepicker.domain.event.DomainEvent;

/**
 * Port: the durable, ordered log of domain events. Appends join the caller's transaction, so an
 * event exists exactly when the change it describes committed.
 */
public interface EventLog {

  /**
   * Appends in the current transaction; the id is assigned in increasing order, one above the
   * previous id taken (an id whose transaction rolls back stays unused). Answers the event as
   * {@link #readAfter} will return it.
   */
  StoredEvent append(DomainEvent event);

  /**
   * Up to {@code limit} events with an id greater than {@code afterId}, in id order; never past an
   * id that a transaction still in flight may commit, so a reader that goes on from the last id it
   * got never skips an event.
   */
  List<StoredEvent> readAfter(long afterId, int limit);

  /**
   * The greatest id readable by {@link #readAfter}; when retention pruned every event, the last id
   * it pruned (the log's end is still there); 0 when no event was ever appended.
   */
  long lastId();
}
