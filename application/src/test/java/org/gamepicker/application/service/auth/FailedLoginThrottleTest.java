package org.gamepicker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gamepicker.application.fakes.InMemoryLoginFailures;
import org.junit.jupiter.api.Test;

class FailedLoginThrottleTest {

  private static final Instant START = Instant.parse("2025-11-01T20:00:00Z");
  private final FailedLoginThrottle throttle = new FailedLoginThrottle(new InMemoryLoginFailures());

  @Test
  void nineFailuresDoNotBlock() {
    fail("10.0.0.1", 9, START);
    assertThat(throttle.blockedFor("10.0.0.1", START.plusSeconds(1))).isEmpty();
  }

  @Test
  void theTenthFailureBlocksUntilTheWindowEnds() {
    fail("10.0.0.1", 10, START);
    assertThat(throttle.blockedFor("10.0.0.1", START.plusSeconds(20)))
        .contains(Duration.ofSeconds(40));
    assertThat(throttle.blockedFor("10.0.0.1", START.plusSeconds(59))).isPresent();
  }

  @Test
  void theBlockEndsWithTheMinute() {
    fail("10.0.0.1", 10, START);
    assertThat(throttle.blockedFor("10.0.0.1", START.plus(Duration.ofMinutes(1)))).isEmpty();
  }

  @Test
  void failuresInAnEarlierMinuteDoNotCount() {
    fail("10.0.0.1", 9, START);
    fail("10.0.0.1", 1, START.plusSeconds(61));
    assertThat(throttle.blockedFor("10.0.0.1", START.plusSeconds(62))).isEmpty();
  }

  @Test
  void eachAddressHasItsOwnCount() {
    fail("10.0.0.1", 10, START);
    assertThat(throttle.blockedFor("10.0.0.2", START)).isEmpty();
  }

  private void fail(String address, int times, Instant at) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(address, at);
    }
  }
}
