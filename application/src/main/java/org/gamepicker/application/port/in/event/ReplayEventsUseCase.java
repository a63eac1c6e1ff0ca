package org.gamepicker.application.port.in.event;

import java.util.List;
import org.gamepicker.application.port.out.event.StoredEvent;

/** Use case: reads the durable event log after a known id, for clients that resume. */
public interface ReplayEventsUseCase {

  /** Up to {@code limit} events with an id greater than {@code afterId}, in id order. */
  List<StoredEvent> eventsAfter(long afterId, int limit);

  /** The id of the newest event in the log, 0 when it is empty: no client can be past it. */
  long lastEventId();
}
