package org.gamepicker.adapter.persistence.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.event.JpaEventLogs;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.application.port.out.retention.EventLogPruning;
import org.gamepicker.application.port.out.retention.OldestEvent;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event log's pruning on JPA and the contract tests' database. */
class JpaEventLogPruningTest {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private static final Instant CUTOFF = Instant.parse("2025-11-01T20:00:00Z");

  private EventLog log;
  private EventLogPruning pruning;

  @BeforeEach
  void emptyLog() {
    log = JpaEventLogs.log(DATABASE);
    JpaEventLogPruning jpa = new JpaEventLogPruning();
    jpa.entityManager = DATABASE.entityManager();
    jpa.eventLog = JpaEventLogs.unwrapped(DATABASE);
    pruning = DATABASE.transactional(EventLogPruning.class, jpa);
  }

  @Test
  void anEmptyLogHasNothingToPruneAndNoOldestEvent() {
    assertThat(pruning.pruneBefore(CUTOFF, 10)).isZero();
    assertThat(pruning.prunedUpTo()).isZero();
    assertThat(pruning.oldestKept()).isEmpty();
  }

  @Test
  void theEventsBeforeTheCutoffGoAndTheMarkRisesToTheLastOfThem() {
    List<Long> old = List.of(append(-300), append(-200), append(-1));
    long kept = append(0);
    long newer = append(60);

    int removed = pruning.pruneBefore(CUTOFF, 10);

    assertThat(removed).isEqualTo(3);
    assertThat(pruning.prunedUpTo()).isEqualTo(old.get(2));
    assertThat(log.readAfter(0, 10)).extracting(StoredEvent::id).containsExactly(kept, newer);
    assertThat(pruning.oldestKept()).contains(new OldestEvent(kept, CUTOFF));
    assertThat(pruning.pruneBefore(CUTOFF, 10)).as("nothing left to prune").isZero();
  }

  @Test
  void aBatchRemovesAtMostItsLimitOldestFirst() {
    List<Long> old = List.of(append(-50), append(-40), append(-30));

    assertThat(pruning.pruneBefore(CUTOFF, 2)).isEqualTo(2);
    assertThat(pruning.prunedUpTo()).isEqualTo(old.get(1));
    assertThat(pruning.oldestKept()).map(OldestEvent::id).contains(old.get(2));
    assertThat(pruning.pruneBefore(CUTOFF, 2)).isEqualTo(1);
    assertThat(pruning.pruneBefore(CUTOFF, 2)).isZero();
    assertThat(pruning.prunedUpTo()).isEqualTo(old.get(2));
  }

  @Test
  void pruningStopsAtTheFirstEventNotPastTheCutoffEvenIfOlderOnesFollow() {
    long old = append(-100);
    long young = append(10);
    long lateButOld = append(-100);

    assertThat(pruning.pruneBefore(CUTOFF, 10)).isEqualTo(1);
    assertThat(pruning.prunedUpTo()).isEqualTo(old);
    assertThat(log.readAfter(0, 10)).extracting(StoredEvent::id).containsExactly(young, lateButOld);
  }

  @Test
  void aLogPrunedToEmptyStillEndsAtTheLastEventAppended() {
    append(-20);
    long last = append(-10);

    pruning.pruneBefore(CUTOFF, 10);

    assertThat(log.readAfter(0, 10)).isEmpty();
    assertThat(pruning.oldestKept()).isEmpty();
    assertThat(log.lastId())
        .as("a bot that received the last event is not past the end")
        .isEqualTo(last);
    assertThat(append(1)).isGreaterThan(last);
  }

  @Test
  void aNodeSkipsPruningWithoutWaitingWhileAnotherHoldsTheMark() {
    long old = append(-100);

    int removedMeanwhile =
        DATABASE.whileLocked(
            "SELECT pruned_up_to FROM event_log_prune_mark WHERE id = 1 FOR UPDATE",
            () -> pruning.pruneBefore(CUTOFF, 10));

    assertThat(removedMeanwhile).isZero();
    assertThat(pruning.pruneBefore(CUTOFF, 10)).as("once the other let go").isEqualTo(1);
    assertThat(pruning.prunedUpTo()).isEqualTo(old);
  }

  private long append(long secondsFromCutoff) {
    Instant at = CUTOFF.plusSeconds(secondsFromCutoff);
    return log.append(new SessionStarted(17, at, "Friday", at)).id();
  }
}
