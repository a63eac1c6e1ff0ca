package org.gamepicker.application.port.out.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameCreated;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.event.VoteReceived;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.VoteType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of every {@link EventLog}: what the live relay, the replay and the webhook dispatcher
 * rely on. Times are kept to the millisecond, the wire's precision.
 */
public abstract class EventLogContract {

  private static final Instant AT = Instant.parse("2025-11-01T20:05:12.004Z");

  private static final List<DomainEvent> NIGHT =
      List.of(
          new SessionStarted(17, AT, "Friday", AT),
          new GameAdded(
              17,
              1,
              new GameAdded.PlayedGame(31, 52, "Quiplash 3", "Pack 7", 3, 8, true, "ABCD"),
              AT.plusMillis(1)),
          new VoteReceived(17, 31, "Quiplash 3", 1, 0, "bob", VoteType.UP, AT, AT.plusMillis(2)),
          new GameStatusChanged(17, 52, 31, SessionGameStatus.SKIPPED, AT.plusMillis(3)),
          new SessionEnded(17, 1, AT.plusMillis(4)),
          new CatalogGameCreated(
              new CatalogGame(31, "Quiplash 3", "Pack 7", 3, 8, true, 0), AT.plusMillis(5)));

  private EventLog log;

  /** An empty event log. */
  protected abstract EventLog log();

  @BeforeEach
  void emptyLog() {
    log = log();
  }

  @Test
  void anEmptyLogHasLastIdZeroAndNothingToRead() {
    assertThat(log.lastId()).isZero();
    assertThat(log.readAfter(0, 10)).isEmpty();
  }

  @Test
  void appendAssignsIncreasingIdsAndLastIdIsTheGreatest() {
    List<Long> ids = NIGHT.stream().map(event -> log.append(event).id()).toList();

    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(ids.get(0)).isPositive();
    assertThat(log.lastId()).isEqualTo(ids.get(ids.size() - 1));
  }

  @Test
  void readAfterReturnsTheEventsAsAppendedInIdOrder() {
    List<StoredEvent> appended = NIGHT.stream().map(log::append).toList();

    assertThat(log.readAfter(0, 100)).containsExactlyElementsOf(appended);
    assertThat(log.readAfter(0, 100))
        .extracting(StoredEvent::event)
        .containsExactlyElementsOf(NIGHT);
  }

  /** The relay hands on what append answered as if it had read it back: the two must agree. */
  @Test
  void appendAnswersEachEventAsReadersWillGetIt() {
    Instant precise = Instant.parse("2025-11-01T20:05:12.004567891Z");
    StoredEvent appended = log.append(new SessionEnded(17, 2, precise));

    assertThat(log.readAfter(0, 10)).containsExactly(appended);
  }

  @Test
  void readAfterStartsAfterTheGivenIdAndStopsAtTheLimit() {
    List<StoredEvent> appended = NIGHT.stream().map(log::append).toList();

    assertThat(log.readAfter(appended.get(1).id(), 2))
        .containsExactly(appended.get(2), appended.get(3));
    assertThat(log.readAfter(log.lastId(), 10)).isEmpty();
  }
}
