package org.gamepicker.adapter.websocket.live;

import java.util.Arrays;

/**
 * The ids of the events recently sent on one connection, so that a resume sends none twice: the
 * newest {@value #KEPT} at least, as primitive ids in ascending order (18 KB when full), the oldest
 * forgotten first, {@value #FORGOTTEN_AT_ONCE} at a time. Live events arrive in ascending order and
 * are appended; a replay's ids, which may fall between them, are looked up and inserted. Not
 * thread-safe: the client guards it.
 */
final class SentEventIds {

  static final int KEPT = 2000;
  static final int FORGOTTEN_AT_ONCE = 250;
  private static final int CAPACITY = KEPT + FORGOTTEN_AT_ONCE;
  private static final int INITIAL_CAPACITY = 16;

  private long[] ids = new long[INITIAL_CAPACITY];
  private int size;

  /** Records {@code id}; false when it was already recorded (the event was sent). */
  boolean add(long id) {
    if (size > 0 && id <= ids[size - 1]) {
      int found = Arrays.binarySearch(ids, 0, size, id);
      if (found >= 0) {
        return false;
      }
      insertAt(-found - 1, id);
    } else {
      insertAt(size, id);
    }
    return true;
  }

  private void insertAt(int index, long id) {
    if (size == ids.length) {
      if (size < CAPACITY) {
        ids = Arrays.copyOf(ids, Math.min(CAPACITY, size * 2));
      } else {
        // Forgets several at once, so that appending stays cheap.
        System.arraycopy(ids, FORGOTTEN_AT_ONCE, ids, 0, size - FORGOTTEN_AT_ONCE);
        size -= FORGOTTEN_AT_ONCE;
        index = Math.max(0, index - FORGOTTEN_AT_ONCE);
      }
    }
    System.arraycopy(ids, index, ids, index + 1, size - index);
    ids[index] = id;
    size++;
  }
}
