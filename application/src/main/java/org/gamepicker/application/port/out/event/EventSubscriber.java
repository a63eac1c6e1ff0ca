package org.gamepicker.application.port.out.event;

import java.util.Set;
import org.gamepicker.domain.event.EventType;

/**
 * Port: an adapter that follows the event log through a durable cursor of its own (webhooks,
 * Discord, ...). The event feed hands it the events of the types it declares, in log order, at
 * least once, on a managed thread of its own, never on a request thread; after a restart or a
 * failure it resumes after the last event it handled. A failing subscriber holds back only itself.
 *
 * <p>Each call runs in a transaction that, when the call returns, advances the cursor past the
 * event: what the subscriber writes to the database commits together with the cursor (exactly
 * once), what it sends elsewhere is at least once (a crash after the send and before that commit
 * repeats the event). Throwing makes the feed try the same event again later, with a growing delay,
 * or after {@link RetryLater#delay()}.
 */
public interface EventSubscriber {

  /** Its stable, unique name: the key of its cursor (letters, digits, '-', at most 100). */
  String name();

  /** The types it handles; the cursor moves past the others without a call. */
  Set<EventType> eventTypes();

  /** False when it is not configured: it then gets no cursor and no events. */
  default boolean enabled() {
    return true;
  }

  /** Handles one event; throws to have it handed again later. */
  void onEvent(StoredEvent event);
}
