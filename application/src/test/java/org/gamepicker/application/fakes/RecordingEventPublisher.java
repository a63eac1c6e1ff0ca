package org.gamepicker.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.DomainEvent;

/** Records the events the services publish, in order, giving them increasing ids. */
public class RecordingEventPublisher implements EventPublisher {

  public final List<DomainEvent> events = new ArrayList<>();

  @Override
  public StoredEvent publish(DomainEvent event) {
    events.add(event);
    return new StoredEvent(events.size(), event, LabelledEventData.of(event));
  }
}
