package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.application.port.out.event.SubscriberCursors;
import org.gamepicker.domain.common.DomainException;

/**
 * The event feed's transactions: finding (or starting) a subscriber's cursor, and handing one event
 * to a subscriber in the transaction that then advances its cursor past it.
 */
@ApplicationScoped
public class FeedTransactions {

  private SubscriberCursors cursors;
  private EventLog eventLog;

  protected FeedTransactions() {}

  @Inject
  public FeedTransactions(SubscriberCursors cursors, EventLog eventLog) {
    this.cursors = cursors;
    this.eventLog = eventLog;
  }

  /**
   * The subscriber's position. A subscriber seen for the first time starts at the end of the log:
   * it gets what happens from then on, not the history before it existed.
   */
  @Transactional(dontRollbackOn = DomainException.class)
  public long positionOrStart(String subscriber) {
    OptionalLong position = cursors.position(subscriber);
    if (position.isPresent()) {
      return position.getAsLong();
    }
    cursors.createIfAbsent(subscriber, eventLog.lastId());
    return cursors.position(subscriber).orElseThrow();
  }

  /**
   * Hands {@code event} to the subscriber and advances its cursor to it, in one transaction; does
   * nothing and answers false when another transaction holds the cursor or moved it from {@code
   * expected}. What the subscriber throws rolls the transaction back and is rethrown.
   */
  @Transactional(dontRollbackOn = DomainException.class)
  public boolean handOver(EventSubscriber subscriber, long expected, StoredEvent event) {
    if (!lockedAt(subscriber.name(), expected)) {
      return false;
    }
    subscriber.onEvent(event);
    cursors.advance(subscriber.name(), event.id());
    return true;
  }

  /** Moves the cursor past events the subscriber does not handle; false as for handOver. */
  @Transactional(dontRollbackOn = DomainException.class)
  public boolean skipTo(String subscriber, long expected, long position) {
    if (!lockedAt(subscriber, expected)) {
      return false;
    }
    cursors.advance(subscriber, position);
    return true;
  }

  private boolean lockedAt(String subscriber, long expected) {
    OptionalLong position = cursors.lock(subscriber);
    return position.isPresent() && position.getAsLong() == expected;
  }
}
