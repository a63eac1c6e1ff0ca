package org.gamepicker.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.event.EventType;
import org.junit.jupiter.api.Test;

/** A delivery's lifecycle over its attempts. */
class DeliveryTest {

  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00Z");
  private static final RetrySchedule TWO_RETRIES =
      new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), () -> 0.5);
  private static final WebhookEvent EVENT =
      WebhookEvent.logged(7, EventType.SESSION_STARTED, NOW, "{\"session\":{\"id\":1}}");

  private static Delivery pending(boolean retrying) {
    Delivery created = Delivery.create(3, EVENT, "evt_7", retrying, NOW);
    return Delivery.restore(
        11, 3, EVENT, "evt_7", retrying, 0, DeliveryStatus.PENDING, NOW, created.createdAt());
  }

  @Test
  void aSuccessFinishesIt() {
    Delivery.Recorded recorded =
        pending(true).record(AttemptResult.answered(204, 40), NOW, TWO_RETRIES);

    assertThat(recorded.delivery().status()).isEqualTo(DeliveryStatus.SUCCEEDED);
    assertThat(recorded.delivery().nextAttemptAt()).isNull();
    assertThat(recorded.attempt().succeeded()).isTrue();
    assertThat(recorded.attempt().attempt()).isEqualTo(1);
    assertThat(recorded.attempt().responseStatus()).isEqualTo(204);
  }

  @Test
  void failuresAreRetriedOnScheduleThenGivenUp() {
    Delivery first =
        pending(true).record(AttemptResult.answered(500, 1000), NOW, TWO_RETRIES).delivery();
    assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(6));

    Delivery second =
        first.record(AttemptResult.noResponse("refused", 0), NOW, TWO_RETRIES).delivery();
    assertThat(second.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));

    Delivery.Recorded third = second.record(AttemptResult.answered(503, 0), NOW, TWO_RETRIES);
    assertThat(third.delivery().status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(third.attempt().attempt()).isEqualTo(3);
    assertThat(third.attempt().nextAttemptAt()).isNull();
    assertThat(third.attempt().error()).isEqualTo("Receiver answered HTTP 503");
  }

  @Test
  void aRedirectIsAFailure() {
    assertThat(AttemptResult.answered(302, 5).succeeded()).isFalse();
  }

  @Test
  void goneAndOneShotDeliveriesAreNotRetried() {
    assertThat(
            pending(true)
                .record(AttemptResult.answered(410, 5), NOW, TWO_RETRIES)
                .delivery()
                .status())
        .isEqualTo(DeliveryStatus.FAILED);
    assertThat(
            pending(false)
                .record(AttemptResult.answered(500, 5), NOW, TWO_RETRIES)
                .delivery()
                .status())
        .isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void aFinishedDeliveryTakesNoMoreAttempts() {
    Delivery done =
        pending(true).record(AttemptResult.answered(200, 5), NOW, TWO_RETRIES).delivery();

    assertThatThrownBy(() -> done.record(AttemptResult.answered(200, 5), NOW, TWO_RETRIES))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> done.claim(NOW)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aClaimPostponesTheNextAttemptUntilTheLeaseEnds() {
    assertThat(pending(true).claim(NOW.plusSeconds(120)).nextAttemptAt())
        .isEqualTo(NOW.plusSeconds(120));
  }
}
