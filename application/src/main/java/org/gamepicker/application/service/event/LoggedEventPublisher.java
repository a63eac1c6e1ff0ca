package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.NewEvent;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * Publishes a live event from inside a use case's transaction: appends it to the durable log and
 * asks the {@link EventRelay} to deliver it once, and only if, the transaction commits.
 */
@ApplicationScoped
public class LiveEvents {

  private EventLog eventLog;
  private Event<EventAppended> appended;

  protected LiveEvents() {}

  @Inject
  public LiveEvents(EventLog eventLog, Event<EventAppended> appended) {
    this.eventLog = eventLog;
    this.appended = appended;
  }

  public StoredEvent publish(NewEvent event) {
    StoredEvent stored = eventLog.append(event);
    appended.fire(new EventAppended(stored.id()));
    return stored;
  }
}
