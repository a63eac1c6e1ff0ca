package org.gamepicker.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionHorizonTest {

  private static final Duration THIRTY_DAYS = Duration.ofDays(30);

  @Test
  void anUnsetSettingTakesTheDefault() {
    assertThat(RetentionHorizon.parse("EVENT_RETENTION", null, THIRTY_DAYS).duration())
        .isEqualTo(THIRTY_DAYS);
    assertThat(RetentionHorizon.parse("EVENT_RETENTION", "  ", THIRTY_DAYS).duration())
        .isEqualTo(THIRTY_DAYS);
  }

  @Test
  void daysHoursAndSecondsAreRead() {
    assertThat(RetentionHorizon.parse("EVENT_RETENTION", "P90D", THIRTY_DAYS).duration())
        .isEqualTo(Duration.ofDays(90));
    assertThat(RetentionHorizon.parse("EVENT_RETENTION", " PT12H ", THIRTY_DAYS).duration())
        .isEqualTo(Duration.ofHours(12));
    assertThat(RetentionHorizon.parse("EVENT_RETENTION", "PT5S", THIRTY_DAYS).duration())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aBadValueFailsNamingTheSetting() {
    for (String bad : new String[] {"30", "30d", "P1M", "P1Y", "PT0S", "-P1D", "PT-5S"}) {
      assertThatThrownBy(() -> RetentionHorizon.parse("EVENT_RETENTION", bad, THIRTY_DAYS))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("EVENT_RETENTION is '" + bad + "'")
          .hasMessageContaining("P30D");
    }
  }

  @Test
  void theCutoffIsTheHorizonBeforeNow() {
    Instant now = Instant.parse("2025-11-30T20:00:00Z");
    RetentionHorizon horizon = new RetentionHorizon("EVENT_RETENTION", THIRTY_DAYS);

    assertThat(horizon.cutoff(now)).isEqualTo(Instant.parse("2025-10-31T20:00:00Z"));
  }

  @Test
  void thePrunePeriodIsATenthBetweenASecondAndFiveMinutes() {
    assertThat(new RetentionHorizon("E", Duration.ofSeconds(5)).prunePeriod())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(new RetentionHorizon("E", Duration.ofSeconds(30)).prunePeriod())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(new RetentionHorizon("E", THIRTY_DAYS).prunePeriod())
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void itShowsAsTheSettingWithWholeDays() {
    assertThat(new RetentionHorizon("EVENT_RETENTION", THIRTY_DAYS))
        .hasToString("EVENT_RETENTION=P30D");
    assertThat(new RetentionHorizon("EVENT_RETENTION", Duration.ofSeconds(5)))
        .hasToString("EVENT_RETENTION=PT5S");
  }
}
