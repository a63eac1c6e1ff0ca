package org.gamepicker.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.DomainEvent;

/** In-memory fake of the event log: a list, ids counted from 1; it counts its reads. */
public class InMemoryEventLog implements EventLog {
  private final List<StoredEvent> stored = new ArrayList<>();
  private int reads;

  /** How often {@link #readAfter} was called. */
  public int reads() {
    return reads;
  }

  @Override
  public StoredEvent append(DomainEvent event) {
    StoredEvent appended = new StoredEvent(stored.size() + 1, event, LabelledEventData.of(event));
    stored.add(appended);
    return appended;
  }

  @Override
  public List<StoredEvent> readAfter(long afterId, int limit) {
    reads++;
    return stored.stream().filter(e -> e.id() > afterId).limit(limit).toList();
  }

  @Override
  public long lastId() {
    return stored.size();
  }
}
