package org.gamepicker.application.fakes;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gamepicker.application.port.out.event.SubscriberCursors;

/**
 * In-memory fake of the subscribers' cursors; a cursor named in {@link #heldElsewhere} is locked.
 */
public class InMemorySubscriberCursors implements SubscriberCursors {

  private final Map<String, Long> positions = new ConcurrentHashMap<>();

  /** Cursors another node's transaction holds: {@link #lock} skips them. */
  public final Set<String> heldElsewhere = ConcurrentHashMap.newKeySet();

  @Override
  public OptionalLong position(String subscriber) {
    Long position = positions.get(subscriber);
    return position == null ? OptionalLong.empty() : OptionalLong.of(position);
  }

  @Override
  public void createIfAbsent(String subscriber, long position) {
    positions.putIfAbsent(subscriber, position);
  }

  @Override
  public OptionalLong lock(String subscriber) {
    return heldElsewhere.contains(subscriber) ? OptionalLong.empty() : position(subscriber);
  }

  @Override
  public void advance(String subscriber, long position) {
    positions.computeIfPresent(subscriber, (name, old) -> position);
  }
}
