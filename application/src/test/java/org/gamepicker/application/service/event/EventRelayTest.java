package org.gamepicker.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.fakes.FakeInstances;
import org.gamepicker.application.fakes.InMemoryEventLog;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventRelayTest {

  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00Z");

  private final InMemoryEventLog log = new InMemoryEventLog();
  private final List<Long> delivered = new ArrayList<>();
  private int readsBefore;
  private final RelayedEvents relayed = new RelayedEvents();
  private final EventRelay relay = new EventRelay(log, live(), relayed);

  @BeforeEach
  void startAtTheEndOfTheLog() {
    log.append(started());
    relay.relayNewEvents();
    readsBefore = log.reads();
  }

  private static SessionStarted started() {
    return new SessionStarted(1, NOW, null, NOW);
  }

  /**
   * Appends an event and reports it committed on this node, as the publisher does after the commit.
   */
  private StoredEvent commitHere() {
    StoredEvent event = log.append(started());
    relay.committed(event);
    return event;
  }

  @Test
  void anEventCommittedHereThatIsNextInTheLogIsHandedOnWithoutReadingTheLog() {
    commitHere();
    relay.relayCommitted();
    commitHere();
    commitHere();
    relay.relayCommitted();

    assertThat(delivered).containsExactly(2L, 3L, 4L);
    assertThat(log.reads()).isEqualTo(readsBefore);
  }

  @Test
  void aCommitThatOvertookAnEarlierOneWaitsForItInMemoryAndNothingIsHandedOnTwice() {
    StoredEvent first = log.append(started());
    StoredEvent second = log.append(started());
    relay.committed(second);
    readsBefore = log.reads();

    assertThat(relay.relayCommitted()).as("all handed on").isFalse();
    assertThat(delivered).isEmpty();
    relay.committed(first); // the commit it overtook
    assertThat(relay.relayCommitted()).isTrue();

    assertThat(delivered).containsExactly(first.id(), second.id());
    assertThat(log.reads()).isEqualTo(readsBefore);
    relay.relayNewEvents();
    assertThat(delivered).containsExactly(first.id(), second.id());
  }

  @Test
  void anEventWaitingForOneCommittedElsewhereIsHandedOnOnceTheLogIsRead() {
    StoredEvent unused =
        log.append(started()); // its transaction "rolled back": never committed here
    StoredEvent next = commitHere();

    assertThat(relay.relayCommitted()).isFalse();
    relay.relayNewEvents(); // the in-memory log has no transactions in flight: it reads both

    assertThat(delivered).containsExactly(unused.id(), next.id());
  }

  @Test
  void eventsOfAnotherNodeAreReadFromTheLogInOrderWithThoseCommittedHere() {
    log.append(started()); // another node's
    commitHere();

    relay.relayNewEvents();
    commitHere();
    relay.relayCommitted();

    assertThat(delivered).containsExactly(2L, 3L, 4L);
  }

  @Test
  void eventsBeforeTheStartAreNotRelayedEvenWhenReportedCommittedHere() {
    EventRelay restarted = new EventRelay(log, live(), new RelayedEvents());
    restarted.committed(log.append(started()));

    restarted.relayCommitted(); // the first run starts at the end of the log
    restarted.relayNewEvents();

    assertThat(delivered).isEmpty();
  }

  @Test
  void anEventCommittedWhileTheRelayStartsIsHandedOnFromMemory() {
    EventRelay starting = new EventRelay(log, live(), new RelayedEvents());
    StoredEvent committing = new StoredEvent(log.lastId() + 1, started(), "{}");
    starting.committed(committing); // its commit ends while the relay reads where to start

    starting.relayNewEvents();
    log.append(committing.event());
    starting.relayCommitted();

    assertThat(delivered).containsExactly(committing.id());
  }

  @Test
  void aRestoredLogIsNotHandedOnAndTheEventsAfterItAre() throws Exception {
    commitHere();
    relay.relayCommitted();

    long restoredUpTo =
        relay.restoring(
            () -> {
              for (int i = 0; i < 1200; i++) {
                log.append(started()); // a restore writes the log without publishing
              }
              return log.lastId();
            });
    relay.relayNewEvents();
    StoredEvent after = commitHere();
    relay.relayCommitted();

    assertThat(delivered).containsExactly(2L, after.id());
    assertThat(after.id()).isEqualTo(restoredUpTo + 1);
  }

  @Test
  void theFeedsFindWhatWasRelayedWithoutReadingTheLog() {
    commitHere();
    commitHere();
    relay.relayCommitted();

    assertThat(relayed.after(1, 10).orElseThrow())
        .extracting(StoredEvent::id)
        .containsExactly(2L, 3L);
    assertThat(relayed.after(2, 1).orElseThrow()).extracting(StoredEvent::id).containsExactly(3L);
    assertThat(relayed.after(3, 10).orElseThrow()).isEmpty();
    assertThat(relayed.after(0, 10)).as("before the relay started: read the log").isEmpty();
  }

  @Test
  void theWindowForgetsItsOldestEventsBeyondItsCapacity() {
    for (int i = 0; i < RelayedEvents.CAPACITY + 5; i++) {
      commitHere();
    }
    relay.relayCommitted();

    assertThat(relayed.after(1, 10)).isEmpty();
    long oldestHeld = 1 + 5 + 1;
    assertThat(relayed.after(oldestHeld - 1, 1).orElseThrow())
        .extracting(StoredEvent::id)
        .containsExactly(oldestHeld);
  }

  /** The live subscribers: one that records the id of each event handed on. */
  private Instance<LiveEventSubscriber> live() {
    return FakeInstances.of(List.of(event -> delivered.add(event.id())));
  }
}
