package org.gamepicker.application.port.out.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of an event log that transactions append to at the same time: a reader never gets past
 * an id that a transaction still in flight may commit (it would skip that event for good), an
 * append that rolled back leaves a gap that holds nothing back, and a transaction that appends no
 * event holds nothing back either.
 */
public abstract class ConcurrentEventLogContract {

  private static final Instant AT = Instant.parse("2025-11-01T20:05:12.004Z");
  private static final DomainEvent FIRST = new SessionStarted(17, AT, "Friday", AT);
  private static final DomainEvent SECOND = new SessionEnded(17, 0, AT.plusMillis(1));

  private EventLog log;

  /** An empty event log, each call in a transaction of its own. */
  protected abstract EventLog log();

  /** Appends the event in a transaction of its own on another thread, which stays open. */
  protected abstract OpenAppend appendAndStayOpen(DomainEvent event);

  /**
   * Whether appends run side by side (ids in order of a sequence, readers held at the settled
   * horizon) rather than one after the other (in order of a lock held until commit).
   */
  protected abstract boolean appendsRunSideBySide();

  /**
   * Writes something other than an event (a subscriber's cursor) in a transaction of its own on
   * another thread, which stays open.
   */
  protected abstract OpenTransaction writeOtherThanEventsAndStayOpen();

  /** A transaction still open. */
  public interface OpenTransaction {

    /** Commits the transaction and waits for the end. */
    void commit();
  }

  /** An append whose transaction is still open. */
  public interface OpenAppend extends OpenTransaction {

    /** The appended event's id, once it is appended. */
    long id();

    /** Rolls the transaction back and waits for the end. */
    void rollBack();
  }

  @BeforeEach
  void emptyLog() {
    log = log();
  }

  @Test
  void aReaderSeesNothingPastAnOpenAppendUntilItCommitsThenBothInOrder() throws Exception {
    OpenAppend first = appendAndStayOpen(FIRST);
    long firstId = first.id();
    CompletableFuture<StoredEvent> second = appendOnAnotherThread();
    awaitOrSeeWaiting(second);

    assertThat(log.readAfter(firstId - 1, 10)).isEmpty();
    assertThat(log.lastId()).isLessThan(firstId);

    first.commit();
    long secondId = second.get(10, TimeUnit.SECONDS).id();
    assertThat(secondId).isGreaterThan(firstId);
    assertThat(log.readAfter(firstId - 1, 10))
        .extracting(StoredEvent::id, StoredEvent::event)
        .containsExactly(tuple(firstId, FIRST), tuple(secondId, SECOND));
    assertThat(log.lastId()).isEqualTo(secondId);
  }

  @Test
  void anAppendThatRolledBackLeavesAGapThatHoldsNothingBack() throws Exception {
    OpenAppend first = appendAndStayOpen(FIRST);
    long firstId = first.id();
    CompletableFuture<StoredEvent> second = appendOnAnotherThread();
    awaitOrSeeWaiting(second);

    assertThat(log.readAfter(firstId - 1, 10)).isEmpty();

    first.rollBack();
    StoredEvent committed = second.get(10, TimeUnit.SECONDS);
    assertThat(committed.id()).isGreaterThan(firstId);
    assertThat(log.readAfter(firstId - 1, 10)).containsExactly(committed);
    assertThat(log.lastId()).isEqualTo(committed.id());
  }

  /**
   * A subscriber's slow call to elsewhere, with its cursor locked, must not stall the live path.
   */
  @Test
  void aTransactionThatAppendsNoEventHoldsNoReaderBack() {
    OpenTransaction other = writeOtherThanEventsAndStayOpen();
    try {
      StoredEvent appended = log.append(FIRST);

      assertThat(log.readAfter(appended.id() - 1, 10)).containsExactly(appended);
      assertThat(log.lastId()).isEqualTo(appended.id());
    } finally {
      other.commit();
    }
  }

  private CompletableFuture<StoredEvent> appendOnAnotherThread() {
    return CompletableFuture.supplyAsync(
        () -> log.append(SECOND), task -> new Thread(task).start());
  }

  /** The second append commits while the first is open, or (in order of a lock) waits for it. */
  private void awaitOrSeeWaiting(CompletableFuture<StoredEvent> second) throws Exception {
    if (appendsRunSideBySide()) {
      second.get(10, TimeUnit.SECONDS);
    } else {
      Thread.sleep(100);
      assertThat(second).isNotDone();
    }
  }
}
