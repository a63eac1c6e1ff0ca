package org.gamepicker.application.port.out.event;

import org.gamepicker.domain.event.DomainEvent;

/**
 * Port: where a use case hands the domain events of its change, inside its transaction. They reach
 * subscribers only if, and after, the transaction commits.
 */
public interface EventPublisher {

  StoredEvent publish(DomainEvent event);
}
