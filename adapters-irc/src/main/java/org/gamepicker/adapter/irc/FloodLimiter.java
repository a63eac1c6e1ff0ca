package org.gamepicker.adapter.irc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * A network's flood limit as a sliding window: at most {@code messages} sent in any {@code period}
 * (Twitch: 20 in 30 s; a bot over it is muted for 30 minutes). Each message reserves the earliest
 * moment it may go out; messages never bunch up at the window's edge beyond the limit.
 */
final class FloodLimiter {

  private final int messages;
  private final long periodNanos;
  private final LongSupplier nanoClock;

  /** The moments (nano clock) of the last {@code messages} sends, oldest first. */
  private final Deque<Long> sent = new ArrayDeque<>();

  FloodLimiter(int messages, Duration period, LongSupplier nanoClock) {
    if (messages < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("A flood limit needs at least 1 message per period > 0");
    }
    this.messages = messages;
    this.periodNanos = period.toNanos();
    this.nanoClock = nanoClock;
  }

  /**
   * Reserves the next message's moment: the nanoseconds to wait before sending it (0: at once). The
   * caller must send it after that wait.
   */
  synchronized long reserve() {
    long now = nanoClock.getAsLong();
    long at = now;
    if (sent.size() == messages) {
      at = Math.max(now, sent.removeFirst() + periodNanos);
    }
    sent.addLast(at);
    return at - now;
  }
}
