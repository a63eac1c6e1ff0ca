package org.gamepicker.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: failed admin logins per client address, counted in fixed windows, shared by every node that
 * uses the same store.
 */
public interface LoginFailures {

  /** The address's window that is still open at {@code now}, if it has one. */
  Optional<FailureWindow> openWindow(String address, Instant now, Duration length);

  /**
   * Counts one failure, atomically also against concurrent calls from other nodes: into the open
   * window, or into a new one starting at {@code now}; returns the window as counted.
   */
  FailureWindow recordFailure(String address, Instant now, Duration length);

  /** A window of failures: when it started and how many it holds. */
  record FailureWindow(Instant start, int failures) {}
}
