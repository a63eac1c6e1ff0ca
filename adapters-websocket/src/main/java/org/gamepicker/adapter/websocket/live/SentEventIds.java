package org.gamepicker.adapter.websocket.live;

import java.util.Arrays;

/**
 * The ids of the events recently sent on one connection, so that a resume sends none twice: at most
 * {@value #CAPACITY} primitive ids in ascending order (16 KB when full), the oldest forgotten
 * first. Live events arrive in ascending order and are appended; a replay's ids, which may fall
 * between them, are looked up and inserted. Not thread-safe: the client guards it.
 */
final class SentEventIds {

  static final int CAPACITY = 2000;
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
        // Forgets the older half at once, so appending stays cheap.
        int forgotten = size / 2;
        System.arraycopy(ids, forgotten, ids, 0, size - forgotten);
        size -= forgotten;
        index = Math.max(0, index - forgotten);
      }
    }
    System.arraycopy(ids, index, ids, index + 1, size - index);
    ids[index] = id;
    size++;
  }
}
