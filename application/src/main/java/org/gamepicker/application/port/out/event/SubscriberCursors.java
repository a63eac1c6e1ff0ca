package org.gamepicker.application.port.out.event;

import java.util.OptionalLong;

/**
 * Port: the durable cursor of each {@link EventSubscriber}: the id of the last event-log event it
 * is done with. Writes join the caller's transaction. A cursor is advanced by one transaction at a
 * time, on any node sharing the database: {@link #lock} skips a cursor another transaction holds.
 */
public interface SubscriberCursors {

  /** The cursor's position without locking it; empty when the subscriber has none yet. */
  OptionalLong position(String subscriber);

  /** Creates the cursor at {@code position} unless the subscriber has one. */
  void createIfAbsent(String subscriber, long position);

  /**
   * The position, locked until the current transaction ends; empty when another transaction holds
   * it (it is not waited for) or the subscriber has no cursor.
   */
  OptionalLong lock(String subscriber);

  /** Moves a cursor this transaction locked. */
  void advance(String subscriber, long position);
}
