package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * The events the {@link EventRelay} handed on most recently, in id order and with none missing from
 * where the window starts: the durable feeds read these instead of asking the log again for what
 * the relay has just read. Thread-safe; holds at most {@link #CAPACITY} events.
 */
@ApplicationScoped
public class RelayedEvents {

  static final int CAPACITY = 2_000;

  private final Deque<StoredEvent> window = new ArrayDeque<>();

  /** Every committed event with an id above this one and up to the newest held is held. */
  private long heldAfter = -1;

  /** The relay starts after {@code lastId}: nothing before it is held. */
  synchronized void startAfter(long lastId) {
    window.clear();
    heldAfter = lastId;
  }

  /** The relay handed {@code event} on: every event before it was handed on already. */
  synchronized void add(StoredEvent event) {
    window.addLast(event);
    if (window.size() > CAPACITY) {
      heldAfter = window.removeFirst().id();
    }
  }

  /**
   * Up to {@code limit} events after {@code afterId}, in id order, when the window holds every one
   * of them the relay has handed on (empty when it has none newer yet); no answer when {@code
   * afterId} lies before the window, and the log must be read instead.
   */
  synchronized Optional<List<StoredEvent>> after(long afterId, int limit) {
    if (heldAfter < 0 || afterId < heldAfter) {
      return Optional.empty();
    }
    List<StoredEvent> newer = new ArrayList<>();
    Iterator<StoredEvent> newestFirst = window.descendingIterator();
    while (newestFirst.hasNext()) {
      StoredEvent event = newestFirst.next();
      if (event.id() <= afterId) {
        break;
      }
      newer.add(event);
    }
    List<StoredEvent> inOrder = new ArrayList<>(newer.size());
    for (int i = newer.size() - 1; i >= 0 && inOrder.size() < limit; i--) {
      inOrder.add(newer.get(i));
    }
    return Optional.of(inOrder);
  }
}
