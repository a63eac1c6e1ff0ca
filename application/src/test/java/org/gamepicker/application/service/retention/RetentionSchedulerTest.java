package org.gamepicker.application.service.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.gamepicker.application.port.in.retention.PruneExpiredUseCase;
import org.junit.jupiter.api.Test;

class RetentionSchedulerTest {

  /** Answers each batch from its queue (0 once empty); a negative entry throws. */
  private static final class Batches implements PruneExpiredUseCase {
    final Queue<Integer> events = new ArrayDeque<>();
    final Queue<Integer> deliveries = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public int pruneEvents() {
      calls.add("events");
      return next(events);
    }

    @Override
    public int pruneDeliveries() {
      calls.add("deliveries");
      return next(deliveries);
    }

    private static int next(Queue<Integer> batches) {
      Integer batch = batches.poll();
      if (batch != null && batch < 0) {
        throw new IllegalStateException("database away");
      }
      return batch == null ? 0 : batch;
    }

    @Override
    public Duration period() {
      return Duration.ofSeconds(1);
    }

    @Override
    public String describe() {
      return "EVENT_RETENTION=PT5S";
    }
  }

  private final Batches batches = new Batches();
  private final RetentionScheduler scheduler = new RetentionScheduler(batches);

  @Test
  void aRunTakesBatchesUntilNoneIsLeftEventsFirst() {
    batches.events.addAll(List.of(500, 500, 12));
    batches.deliveries.addAll(List.of(3));

    scheduler.pruneOnce();

    assertThat(batches.calls)
        .containsExactly("events", "events", "events", "events", "deliveries", "deliveries");
  }

  @Test
  void aFailedEventBatchDoesNotKeepDeliveriesFromBeingPruned() {
    batches.events.addAll(List.of(500, -1, 500));
    batches.deliveries.addAll(List.of(7));

    scheduler.pruneOnce();

    assertThat(batches.calls).containsExactly("events", "events", "deliveries", "deliveries");
    assertThat(batches.events).as("left for the next run").containsExactly(500);
  }

  @Test
  void aStoppedSchedulerTakesNoMoreBatches() {
    batches.events.addAll(List.of(500, 500));

    scheduler.stop();
    scheduler.pruneOnce();

    assertThat(batches.calls).isEmpty();
  }
}
