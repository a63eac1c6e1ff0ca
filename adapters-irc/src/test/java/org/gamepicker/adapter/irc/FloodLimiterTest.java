package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FloodLimiterTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);
  private final FloodLimiter twitch = new FloodLimiter(20, Duration.ofSeconds(30), now::get);

  @Test
  void twentyGoAtOnceAndTheTwentyFirstWaitsUntilTheFirstIsThirtySecondsOld() {
    for (int i = 0; i < 20; i++) {
      assertThat(twitch.reserve()).as("message %d", i + 1).isZero();
    }
    assertThat(twitch.reserve()).isEqualTo(30 * SECOND);
    assertThat(twitch.reserve()).as("the 22nd, after the 2nd").isEqualTo(30 * SECOND);
  }

  @Test
  void noThirtySecondWindowEverHoldsMoreThanTwentyMessages() {
    List<Long> sentAt = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      now.addAndGet(SECOND / 4); // the queue offers a message every 250 ms
      sentAt.add(now.get() + twitch.reserve());
    }
    for (int i = 20; i < sentAt.size(); i++) {
      assertThat(sentAt.get(i) - sentAt.get(i - 20))
          .as("message %d, 30 s after the one 20 before it: not sooner, and not later either", i)
          .isEqualTo(30 * SECOND);
    }
  }

  @Test
  void aQuietPeriodFreesTheWindowAgain() {
    for (int i = 0; i < 20; i++) {
      twitch.reserve();
    }
    now.addAndGet(31 * SECOND);
    for (int i = 0; i < 20; i++) {
      assertThat(twitch.reserve()).isZero();
    }
    assertThat(twitch.reserve()).isPositive();
  }

  @Test
  void refusesALimitThatLetsNothingThrough() {
    assertThatThrownBy(() -> new FloodLimiter(0, Duration.ofSeconds(30), now::get))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FloodLimiter(20, Duration.ZERO, now::get))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
