package org.gamepicker.application.port.out.event;

import java.time.Duration;

/**
 * Thrown by an {@link EventSubscriber} that knows when to try again (e.g. a receiver's rate limit
 * said so): the feed hands it the same event after {@code delay} instead of its own backoff.
 */
public class RetryLater extends RuntimeException {

  private final transient Duration delay;

  public RetryLater(String reason, Duration delay) {
    super(reason);
    this.delay = delay;
  }

  public Duration delay() {
    return delay;
  }
}
