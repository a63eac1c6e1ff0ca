package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * Hands committed events from the durable log to every {@link LiveEventSubscriber}, each once and
 * in log order, from the log's end at startup on (live channels keep no cursor; durable subscribers
 * are fed by the {@link EventFeed}). The bootstrap runs it off the request threads, after each
 * commit that appended events and on a timer (which also picks up events committed by other nodes).
 * A failing subscriber is logged and does not stop the others.
 */
@ApplicationScoped
public class EventRelay {

  private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());
  private static final int BATCH = 500;

  private EventLog eventLog;
  private Instance<LiveEventSubscriber> subscribers;
  private long relayedUpTo = -1;

  protected EventRelay() {}

  @Inject
  public EventRelay(EventLog eventLog, Instance<LiveEventSubscriber> subscribers) {
    this.eventLog = eventLog;
    this.subscribers = subscribers;
  }

  /** Delivers every event appended since the last call; events before startup are not relayed. */
  public synchronized void relayNewEvents() {
    if (relayedUpTo < 0) {
      relayedUpTo = eventLog.lastId();
      return;
    }
    List<StoredEvent> batch;
    do {
      batch = eventLog.readAfter(relayedUpTo, BATCH);
      for (StoredEvent event : batch) {
        deliver(event);
        relayedUpTo = event.id();
      }
    } while (batch.size() == BATCH);
  }

  private void deliver(StoredEvent event) {
    for (LiveEventSubscriber subscriber : subscribers) {
      try {
        subscriber.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Subscriber " + subscriber + " failed on event " + event.id(), e);
      }
    }
  }
}
