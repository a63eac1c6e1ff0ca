package org.gamepicker.application.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.retention.DeliveryLogPruning;
import org.gamepicker.application.port.out.retention.EventLogPruning;
import org.gamepicker.application.port.out.retention.OldestEvent;
import org.gamepicker.application.port.out.retention.RetentionSettings;
import org.gamepicker.domain.retention.RetentionHorizon;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {

  private static final Instant NOW = Instant.parse("2025-11-30T20:00:00Z");

  /** Records the cutoffs asked for; {@code prunedUpTo} is the mark it reports. */
  private static final class Pruning implements EventLogPruning, DeliveryLogPruning {
    final List<Instant> eventCutoffs = new ArrayList<>();
    final List<Instant> deliveryCutoffs = new ArrayList<>();
    long prunedUpTo;

    @Override
    public int pruneBefore(Instant cutoff, int limit) {
      eventCutoffs.add(cutoff);
      return limit;
    }

    @Override
    public long prunedUpTo() {
      return prunedUpTo;
    }

    @Override
    public Optional<OldestEvent> oldestKept() {
      return Optional.of(new OldestEvent(prunedUpTo + 1, NOW));
    }

    @Override
    public int pruneDoneBefore(Instant cutoff, int limit) {
      deliveryCutoffs.add(cutoff);
      return limit;
    }
  }

  private final Pruning pruning = new Pruning();

  private RetentionService service(Duration events, Duration deliveries) {
    RetentionSettings settings =
        new RetentionSettings() {
          @Override
          public RetentionHorizon events() {
            return new RetentionHorizon("EVENT_RETENTION", events);
          }

          @Override
          public RetentionHorizon webhookDeliveries() {
            return new RetentionHorizon("WEBHOOK_DELIVERY_RETENTION", deliveries);
          }
        };
    return new RetentionService(pruning, pruning, settings, () -> NOW);
  }

  @Test
  void eachLogIsPrunedToItsOwnHorizonInBatches() {
    RetentionService service = service(Duration.ofDays(30), Duration.ofDays(7));

    assertThat(service.pruneEvents()).isEqualTo(RetentionService.BATCH);
    assertThat(service.pruneDeliveries()).isEqualTo(RetentionService.BATCH);

    assertThat(pruning.eventCutoffs).containsExactly(Instant.parse("2025-10-31T20:00:00Z"));
    assertThat(pruning.deliveryCutoffs).containsExactly(Instant.parse("2025-11-23T20:00:00Z"));
  }

  @Test
  void aResumeFromBeforeTheMarkMissedPrunedEventsOneFromTheMarkOnDidNot() {
    RetentionService service = service(Duration.ofDays(30), Duration.ofDays(7));
    pruning.prunedUpTo = 120;

    assertThat(service.missedPrunedEvents(41)).isTrue();
    assertThat(service.missedPrunedEvents(119)).isTrue();
    assertThat(service.missedPrunedEvents(120)).as("the last event pruned was received").isFalse();
    assertThat(service.missedPrunedEvents(500)).isFalse();
    assertThat(service.missedPrunedEvents(0)).as("0 asks for whatever is kept").isFalse();
  }

  @Test
  void nothingIsMissedWhileNothingWasPruned() {
    RetentionService service = service(Duration.ofDays(30), Duration.ofDays(7));

    assertThat(service.missedPrunedEvents(1)).isFalse();
  }

  @Test
  void theJobRunsAsOftenAsTheShorterHorizonNeeds() {
    assertThat(service(Duration.ofDays(30), Duration.ofSeconds(20)).period())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(service(Duration.ofSeconds(5), Duration.ofDays(7)).period())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(service(Duration.ofDays(30), Duration.ofDays(7)).describe())
        .isEqualTo("EVENT_RETENTION=P30D, WEBHOOK_DELIVERY_RETENTION=P7D");
  }
}
