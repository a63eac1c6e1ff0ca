package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gamepicker.application.port.in.event.ReplayEventsUseCase;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.common.Require;

/** Reads the durable event log for resuming clients. */
@ApplicationScoped
public class ReplayEventsService implements ReplayEventsUseCase {

  private EventLog eventLog;

  protected ReplayEventsService() {}

  @Inject
  public ReplayEventsService(EventLog eventLog) {
    this.eventLog = eventLog;
  }

  @Override
  public List<StoredEvent> eventsAfter(long afterId, int limit) {
    Require.that(afterId >= 0, "lastEventId", "lastEventId must not be negative");
    Require.that(limit > 0, "limit", "limit must be positive");
    return eventLog.readAfter(afterId, limit);
  }

  @Override
  public long lastEventId() {
    return eventLog.lastId();
  }
}
