package org.gamepicker.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retry policy: the standard delays, the jitter bounds and giving up. */
class RetryScheduleTest {

  @Test
  void withoutJitterFollowsTheStandardDelaysThenGivesUp() {
    RetrySchedule schedule = new RetrySchedule(RetrySchedule.STANDARD_DELAYS, () -> 0.5);

    assertThat(schedule.maxAttempts()).isEqualTo(8);
    assertThat(schedule.delayAfterFailedAttempt(1)).contains(Duration.ofSeconds(5));
    assertThat(schedule.delayAfterFailedAttempt(2)).contains(Duration.ofMinutes(5));
    assertThat(schedule.delayAfterFailedAttempt(3)).contains(Duration.ofMinutes(30));
    assertThat(schedule.delayAfterFailedAttempt(4)).contains(Duration.ofHours(2));
    assertThat(schedule.delayAfterFailedAttempt(5)).contains(Duration.ofHours(5));
    assertThat(schedule.delayAfterFailedAttempt(6)).contains(Duration.ofHours(10));
    assertThat(schedule.delayAfterFailedAttempt(7)).contains(Duration.ofHours(10));
    assertThat(schedule.delayAfterFailedAttempt(8)).isEmpty();
  }

  @Test
  void jitterSpreadsTheDelayByAtMostTwentyPercent() {
    List<Duration> delays = List.of(Duration.ofSeconds(100));

    assertThat(new RetrySchedule(delays, () -> 0.0).delayAfterFailedAttempt(1))
        .contains(Duration.ofSeconds(80));
    assertThat(new RetrySchedule(delays, () -> 0.75).delayAfterFailedAttempt(1))
        .contains(Duration.ofSeconds(110));
    assertThat(new RetrySchedule(delays, () -> 0.99).delayAfterFailedAttempt(1).orElseThrow())
        .isLessThan(Duration.ofSeconds(120))
        .isGreaterThan(Duration.ofSeconds(119));
  }
}
