package org.gamepicker.adapter.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.event.SubscriberCursors;
import org.gamepicker.application.port.out.event.SubscriberCursorsContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The subscriber cursors' contract, on JPA and the contract tests' database. */
class JpaSubscriberCursorsTest extends SubscriberCursorsContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected SubscriberCursors cursors() {
    return DATABASE.transactional(SubscriberCursors.class, jpaCursors());
  }

  /** A transaction that locks a cursor and keeps it until told to end. */
  public interface LockHolder {
    OptionalLong lockUntil(String subscriber, CountDownLatch locked, CountDownLatch release);
  }

  @Test
  void aCursorAnotherTransactionHoldsIsSkippedNotWaitedFor() throws Exception {
    SubscriberCursors cursors = cursors();
    cursors.createIfAbsent("discord", 5);
    cursors.createIfAbsent("webhooks", 9);
    LockHolder holder =
        DATABASE.transactional(
            LockHolder.class,
            (subscriber, locked, release) -> {
              OptionalLong position = jpaCursors().lock(subscriber);
              locked.countDown();
              await(release);
              return position;
            });
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<OptionalLong> other =
        CompletableFuture.supplyAsync(() -> holder.lockUntil("discord", locked, release));
    await(locked);

    assertThat(cursors.lock("discord")).isEmpty();
    assertThat(cursors.lock("webhooks")).isEqualTo(OptionalLong.of(9));

    release.countDown();
    assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo(OptionalLong.of(5));
    assertThat(cursors.lock("discord")).isEqualTo(OptionalLong.of(5));
  }

  private static JpaSubscriberCursors jpaCursors() {
    JpaSubscriberCursors cursors = new JpaSubscriberCursors();
    cursors.entityManager = DATABASE.entityManager();
    return cursors;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
