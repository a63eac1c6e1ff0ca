package org.gamepicker.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.gamepicker.domain.webhook.RetrySchedule;
import org.junit.jupiter.api.Test;

/** WEBHOOK_RETRY_DELAYS parsing and the default schedule. */
class ConfiguredRetryPolicyTest {

  @Test
  void parsesDelaysWithUnits() {
    assertThat(ConfiguredRetryPolicy.parse("300ms, 5s,5m ,2h"))
        .containsExactly(
            Duration.ofMillis(300),
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofHours(2));
  }

  @Test
  void withoutConfigurationTheStandardScheduleApplies() {
    assertThat(new ConfiguredRetryPolicy(Optional.empty()).schedule().maxAttempts())
        .isEqualTo(RetrySchedule.STANDARD_DELAYS.size() + 1);
  }

  @Test
  void aDelayWithoutUnitIsRefused() {
    assertThatThrownBy(() -> ConfiguredRetryPolicy.parse("5s,10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'10'");
  }
}
