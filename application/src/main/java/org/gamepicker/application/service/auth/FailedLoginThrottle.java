package org.gamepicker.application.service.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gamepicker.application.port.out.LoginFailures;

/**
 * Limits wrong admin keys per client address in fixed one-minute windows; after the limit, the
 * address's wrong keys are refused until its window is over. Only wrong keys are counted and
 * refused: the right key never passes through here. The counts live behind {@link LoginFailures},
 * so every node sharing the store limits together.
 */
final class FailedLoginThrottle {

  static final int MAX_FAILURES_PER_WINDOW = 10;
  static final Duration WINDOW = Duration.ofMinutes(1);

  private final LoginFailures failures;

  FailedLoginThrottle(LoginFailures failures) {
    this.failures = failures;
  }

  /** How long the address must wait, when it has used up its failures in the current window. */
  Optional<Duration> blockedFor(String address, Instant now) {
    return failures
        .openWindow(address, now, WINDOW)
        .filter(window -> window.failures() >= MAX_FAILURES_PER_WINDOW)
        .map(window -> Duration.between(now, window.start().plus(WINDOW)));
  }

  void recordFailure(String address, Instant now) {
    failures.recordFailure(address, now, WINDOW);
  }
}
