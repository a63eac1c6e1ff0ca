package org.gamepicker.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.gamepicker.application.fakes.FakeInstances;
import org.gamepicker.application.fakes.InMemoryEventLog;
import org.gamepicker.application.fakes.InMemorySubscriberCursors;
import org.gamepicker.application.port.out.event.EventSubscriber;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.RetryLater;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.Test;

class EventFeedTest {

  private static final Executor AT_ONCE = Runnable::run;

  private final InMemoryEventLog log = new InMemoryEventLog();
  private final RelayedEvents relayed = new RelayedEvents();
  private final InMemorySubscriberCursors cursors = new InMemorySubscriberCursors();
  private Instant now = Instant.parse("2025-11-01T20:00:00Z");

  /** A subscriber that records the events it handled and fails while told to. */
  private static final class Recording implements EventSubscriber {
    final String name;
    final Set<EventType> types;
    final List<Long> handled = new ArrayList<>();
    final List<Long> attempts = new ArrayList<>();
    RuntimeException failure;
    boolean enabled = true;

    Recording(String name, EventType... types) {
      this.name = name;
      this.types = Set.of(types);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<EventType> eventTypes() {
      return types;
    }

    @Override
    public boolean enabled() {
      return enabled;
    }

    @Override
    public void onEvent(StoredEvent event) {
      attempts.add(event.id());
      if (failure != null) {
        throw failure;
      }
      handled.add(event.id());
    }
  }

  private EventFeed feed(EventSubscriber... subscribers) {
    return new EventFeed(
        FakeInstances.of(List.of(subscribers)),
        new FeedTransactions(cursors, log),
        log,
        relayed,
        () -> now);
  }

  private void started() {
    log.append(new SessionStarted(1, now, null, now));
  }

  private void ended() {
    log.append(new SessionEnded(1, 0, now));
  }

  @Test
  void aSubscriberGetsTheTypesItDeclaresInLogOrderAndResumesAfterARestart() {
    Recording discord = new Recording("discord", EventType.SESSION_ENDED);
    feed(discord).wakeUp(AT_ONCE); // first run: the cursor starts at the end of the log
    started();
    ended();
    started();
    ended();

    feed(discord).wakeUp(AT_ONCE);
    assertThat(discord.handled).containsExactly(2L, 4L);

    ended(); // happens while "the server is down"
    started();
    Recording afterRestart = new Recording("discord", EventType.SESSION_ENDED);
    feed(afterRestart).wakeUp(AT_ONCE);

    assertThat(afterRestart.handled).containsExactly(5L);
    assertThat(cursors.position("discord")).hasValue(5); // event 6 is passed over in memory
  }

  @Test
  void unrelatedEventsMoveTheStoredCursorOnlyBeforeAHandledOneOrEveryHundred() {
    Recording discord = new Recording("discord", EventType.SESSION_ENDED);
    EventFeed feed = feed(discord);
    feed.wakeUp(AT_ONCE);
    for (int i = 0; i < SubscriberFeed.SKIPS_PER_WRITE - 1; i++) {
      started();
      feed.wakeUp(AT_ONCE);
    }
    assertThat(cursors.position("discord")).hasValue(0);

    started();
    feed.wakeUp(AT_ONCE);
    assertThat(cursors.position("discord")).hasValue(SubscriberFeed.SKIPS_PER_WRITE);

    started();
    ended();
    feed.wakeUp(AT_ONCE);
    long ended = SubscriberFeed.SKIPS_PER_WRITE + 2L;
    assertThat(discord.handled).containsExactly(ended);
    assertThat(cursors.position("discord")).hasValue(ended);
  }

  @Test
  void aFeedTakesTheEventsTheRelayHandedOnInsteadOfReadingTheLog() {
    EventRelay relay =
        new EventRelay(log, FakeInstances.of(List.<LiveEventSubscriber>of()), relayed);
    relay.relayNewEvents();
    Recording discord = new Recording("discord", EventType.SESSION_ENDED);
    EventFeed feed = feed(discord);
    feed.wakeUp(AT_ONCE);
    int readsBefore = log.reads();

    relay.committed(log.append(new SessionStarted(1, now, null, now)));
    relay.committed(log.append(new SessionEnded(1, 0, now)));
    relay.relayCommitted();
    feed.wakeUp(AT_ONCE);

    assertThat(discord.handled).containsExactly(2L);
    assertThat(log.reads()).isEqualTo(readsBefore);
  }

  @Test
  void aNewSubscriberStartsAtTheEndOfTheLog() {
    started();
    Recording late = new Recording("late", EventType.SESSION_STARTED);

    feed(late).wakeUp(AT_ONCE);

    assertThat(late.handled).isEmpty();
    assertThat(cursors.position("late")).hasValue(1);
  }

  @Test
  void aFailingSubscriberRetriesTheSameEventWithBackoffAndHoldsBackOnlyItself() {
    Recording failing = new Recording("failing", EventType.SESSION_STARTED);
    Recording healthy = new Recording("healthy", EventType.SESSION_STARTED);
    EventFeed feed = feed(failing, healthy);
    feed.wakeUp(AT_ONCE);
    failing.failure = new IllegalStateException("receiver down");
    started();
    started();

    feed.wakeUp(AT_ONCE);
    now = now.plusMillis(999);
    feed.wakeUp(AT_ONCE); // not due: the first retry waits 1 s
    now = now.plusMillis(1);
    feed.wakeUp(AT_ONCE);
    now = now.plusMillis(1999);
    feed.wakeUp(AT_ONCE); // the second retry waits 2 s

    assertThat(healthy.handled).containsExactly(1L, 2L);
    assertThat(failing.attempts).containsExactly(1L, 1L);

    failing.failure = null;
    now = now.plusMillis(1);
    feed.wakeUp(AT_ONCE);
    assertThat(failing.handled).containsExactly(1L, 2L);
  }

  @Test
  void theBackoffDoublesUpToThirtySeconds() {
    assertThat(SubscriberFeed.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SubscriberFeed.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(SubscriberFeed.backoff(6)).isEqualTo(Duration.ofSeconds(30));
    assertThat(SubscriberFeed.backoff(500)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aSubscriberThatAsksToRetryLaterIsHandedTheEventAfterTheDelayItAsked() {
    Recording limited = new Recording("limited", EventType.SESSION_STARTED);
    EventFeed feed = feed(limited);
    feed.wakeUp(AT_ONCE);
    limited.failure = new RetryLater("rate limited", Duration.ofSeconds(7));
    started();

    feed.wakeUp(AT_ONCE);
    limited.failure = null;
    now = now.plusSeconds(6);
    feed.wakeUp(AT_ONCE);
    assertThat(limited.handled).isEmpty();
    now = now.plusSeconds(1);
    feed.wakeUp(AT_ONCE);

    assertThat(limited.handled).containsExactly(1L);
  }

  @Test
  void aCursorAnotherNodeHoldsIsLeftAlone() {
    Recording discord = new Recording("discord", EventType.SESSION_STARTED);
    EventFeed feed = feed(discord);
    feed.wakeUp(AT_ONCE);
    started();
    cursors.heldElsewhere.add("discord");

    feed.wakeUp(AT_ONCE);
    assertThat(discord.attempts).isEmpty();

    cursors.heldElsewhere.clear();
    feed.wakeUp(AT_ONCE);
    assertThat(discord.handled).containsExactly(1L);
  }

  @Test
  void aDisabledSubscriberGetsNoCursorAndNoEvents() {
    Recording off = new Recording("off", EventType.SESSION_STARTED);
    off.enabled = false;
    started();

    feed(off).wakeUp(AT_ONCE);

    assertThat(off.attempts).isEmpty();
    assertThat(cursors.position("off")).isEmpty();
  }
}
