package org.gamepicker.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gamepicker.application.fakes.FakeInstances;
import org.gamepicker.application.fakes.InMemoryEventLog;
import org.gamepicker.application.fakes.InMemorySubscriberCursors;
import org.gamepicker.application.port.out.event.EventCommitSignal;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventRelaySchedulerTest {

  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00Z");

  private final InMemoryEventLog log = new InMemoryEventLog();
  private final List<Long> delivered = new CopyOnWriteArrayList<>();
  private final AtomicInteger announced = new AtomicInteger();
  private final RelayedEvents relayed = new RelayedEvents();
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1);
  private final EventRelayScheduler scheduler =
      new EventRelayScheduler(
          new EventRelay(
              log, FakeInstances.of(List.of(event -> delivered.add(event.id()))), relayed),
          new EventFeed(
              FakeInstances.of(List.of()),
              new FeedTransactions(new InMemorySubscriberCursors(), log),
              log,
              relayed,
              () -> NOW),
          new EventCommitSignal() {
            @Override
            public void announce() {
              announced.incrementAndGet();
            }

            @Override
            public void listen(Runnable wakeUp) {}
          });

  @AfterEach
  void stopExecutor() {
    scheduler.stop();
    executor.shutdownNow();
  }

  @Test
  void theRelayRunsOnlyBetweenStartAndStop() {
    assertThat(scheduler.notRunningBecause()).contains("not running");

    scheduler.start(executor, Runnable::run);
    assertThat(scheduler.notRunningBecause()).isEmpty();

    scheduler.stop();
    assertThat(scheduler.notRunningBecause()).contains("not running");
  }

  @Test
  void aBurstOfCommitsIsHandedOnFromTheExecutorAndAnnouncedOnce() throws Exception {
    scheduler.start(executor, Runnable::run);
    CountDownLatch busy = new CountDownLatch(1);
    executor.execute(() -> await(busy));

    for (int i = 0; i < 3; i++) {
      scheduler.committed(log.append(new SessionStarted(1, NOW, null, NOW)));
    }
    assertThat(delivered).as("the committing thread returns before the relay runs").isEmpty();

    busy.countDown();
    executor.submit(() -> {}).get(5, TimeUnit.SECONDS);
    assertThat(delivered).containsExactly(1L, 2L, 3L);
    assertThat(announced).hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
