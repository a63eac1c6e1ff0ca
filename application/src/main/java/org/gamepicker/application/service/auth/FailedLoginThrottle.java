package org.gamepicker.application.service.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client address in fixed one-minute windows; after the limit, the address
 * is refused until its window is over. A successful login clears the address's count.
 */
final class FailedLoginThrottle {

  static final int MAX_FAILURES_PER_WINDOW = 10;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private record Window(Instant start, int failures) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  /** How long the address must wait, when it has used up its failures in the current window. */
  Optional<Duration> blockedFor(String address, Instant now) {
    Window window = windows.get(address);
    if (window == null || expired(window, now) || window.failures() < MAX_FAILURES_PER_WINDOW) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, window.start().plus(WINDOW)));
  }

  void recordFailure(String address, Instant now) {
    windows.compute(
        address,
        (key, window) ->
            window == null || expired(window, now)
                ? new Window(now, 1)
                : new Window(window.start(), window.failures() + 1));
    windows.values().removeIf(window -> expired(window, now));
  }

  /** A correct key from the client: its earlier failures no longer count. */
  void recordSuccess(String address) {
    windows.remove(address);
  }

  private static boolean expired(Window window, Instant now) {
    return !now.isBefore(window.start().plus(WINDOW));
  }
}
