package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.DomainEvent;

/**
 * Publishes through the durable log (an outbox): appends the event in the use case's transaction
 * and asks the {@link EventRelay} to hand it on once, and only if, the transaction commits.
 */
@ApplicationScoped
public class LoggedEventPublisher implements EventPublisher {

  private EventLog eventLog;
  private Event<EventAppended> appended;

  protected LoggedEventPublisher() {}

  @Inject
  public LoggedEventPublisher(EventLog eventLog, Event<EventAppended> appended) {
    this.eventLog = eventLog;
    this.appended = appended;
  }

  @Override
  public StoredEvent publish(DomainEvent event) {
    StoredEvent stored = eventLog.append(event);
    appended.fire(new EventAppended(stored));
    return stored;
  }
}
