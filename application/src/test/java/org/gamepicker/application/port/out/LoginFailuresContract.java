package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gamepicker.application.port.out.LoginFailures.FailureWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link LoginFailures}: what the login throttle relies on. */
public abstract class LoginFailuresContract {

  private static final Instant START = Instant.parse("2025-11-01T20:00:00.000Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private LoginFailures failures;

  /** A store without failures. */
  protected abstract LoginFailures failures();

  @BeforeEach
  void noFailures() {
    failures = failures();
  }

  @Test
  void anAddressWithoutFailuresHasNoOpenWindow() {
    assertThat(failures.openWindow("10.0.0.1", START, MINUTE)).isEmpty();
  }

  @Test
  void failuresCountIntoTheWindowOfTheFirstOne() {
    failures.recordFailure("10.0.0.1", START, MINUTE);
    FailureWindow counted = failures.recordFailure("10.0.0.1", START.plusSeconds(30), MINUTE);

    assertThat(counted).isEqualTo(new FailureWindow(START, 2));
    assertThat(failures.openWindow("10.0.0.1", START.plusSeconds(59), MINUTE))
        .contains(new FailureWindow(START, 2));
  }

  @Test
  void aWindowClosesAfterItsLengthAndTheNextFailureOpensANewOne() {
    failures.recordFailure("10.0.0.1", START, MINUTE);
    failures.recordFailure("10.0.0.1", START.plusSeconds(10), MINUTE);

    assertThat(failures.openWindow("10.0.0.1", START.plus(MINUTE), MINUTE)).isEmpty();
    assertThat(failures.recordFailure("10.0.0.1", START.plusSeconds(61), MINUTE))
        .isEqualTo(new FailureWindow(START.plusSeconds(61), 1));
  }

  @Test
  void addressesCountApart() {
    failures.recordFailure("10.0.0.1", START, MINUTE);
    failures.recordFailure("10.0.0.1", START, MINUTE);
    failures.recordFailure("10.0.0.2", START, MINUTE);

    assertThat(failures.openWindow("10.0.0.1", START, MINUTE))
        .contains(new FailureWindow(START, 2));
    assertThat(failures.openWindow("10.0.0.2", START, MINUTE))
        .contains(new FailureWindow(START, 1));
  }

  @Test
  void concurrentFailuresAreAllCounted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<FailureWindow>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(() -> failures.recordFailure("10.0.0.9", START, MINUTE));
      }
      for (Future<FailureWindow> done : pool.invokeAll(calls)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(failures.openWindow("10.0.0.9", START, MINUTE))
        .contains(new FailureWindow(START, 20));
  }
}
