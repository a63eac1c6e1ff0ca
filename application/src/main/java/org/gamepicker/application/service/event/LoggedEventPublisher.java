package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gamepicker.application.port.out.AfterCommit;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.DomainEvent;

/**
 * Publishes through the durable log (an outbox): appends the event in the use case's transaction
 * and asks the {@link EventRelayScheduler} to hand it on once, and only if, the transaction
 * commits.
 */
@ApplicationScoped
public class LoggedEventPublisher implements EventPublisher {

  private EventLog eventLog;
  private AfterCommit afterCommit;
  private EventRelayScheduler relay;

  protected LoggedEventPublisher() {}

  @Inject
  public LoggedEventPublisher(
      EventLog eventLog, AfterCommit afterCommit, EventRelayScheduler relay) {
    this.eventLog = eventLog;
    this.afterCommit = afterCommit;
    this.relay = relay;
  }

  @Override
  public StoredEvent publish(DomainEvent event) {
    StoredEvent stored = eventLog.append(event);
    afterCommit.run(() -> relay.committed(stored));
    return stored;
  }
}
