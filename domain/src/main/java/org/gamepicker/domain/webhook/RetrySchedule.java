package org.gamepicker.domain.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.gamepicker.domain.common.Require;

/**
 * When a failed delivery is tried again: attempt 1 is immediate, attempt n + 1 follows attempt n
 * after the n-th configured delay, spread by up to ±{@value #JITTER_PERCENT} % of random jitter so
 * receivers that failed together are not hit together again; after the last delay the delivery
 * gives up. The random source (uniform in [0, 1)) is injected so tests can pin it.
 */
public final class RetrySchedule {

  /** About: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts in about 32 h. */
  public static final List<Duration> STANDARD_DELAYS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofMinutes(5),
          Duration.ofMinutes(30),
          Duration.ofHours(2),
          Duration.ofHours(5),
          Duration.ofHours(10),
          Duration.ofHours(10));

  static final int JITTER_PERCENT = 20;

  private final List<Duration> delays;
  private final DoubleSupplier random;

  public RetrySchedule(List<Duration> delays, DoubleSupplier random) {
    Require.present(delays, "delays");
    Require.that(
        delays.stream().noneMatch(d -> d == null || d.isNegative()),
        "delays",
        "retry delays must not be negative");
    this.delays = List.copyOf(delays);
    this.random = Require.present(random, "random");
  }

  /** How many attempts a delivery gets in all. */
  public int maxAttempts() {
    return delays.size() + 1;
  }

  /** The wait after failed attempt {@code attempt} (1-based), or empty when it was the last. */
  public Optional<Duration> delayAfterFailedAttempt(int attempt) {
    Require.that(attempt >= 1, "attempt", "attempt must be at least 1");
    if (attempt > delays.size()) {
      return Optional.empty();
    }
    Duration base = delays.get(attempt - 1);
    double factor = 1 + (random.getAsDouble() * 2 - 1) * JITTER_PERCENT / 100.0;
    return Optional.of(Duration.ofMillis(Math.round(base.toMillis() * factor)));
  }
}
