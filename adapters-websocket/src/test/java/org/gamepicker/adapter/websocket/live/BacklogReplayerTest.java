package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.stream.LongStream;
import org.gamepicker.application.port.in.event.ReplayEventsUseCase;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.Test;

class BacklogReplayerTest {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00Z");

  private final List<StoredEvent> log = new ArrayList<>();
  private final Queue<Runnable> executorTasks = new ArrayDeque<>();
  private final FakeConnections.Socket socket = new FakeConnections.Socket();
  private final LiveClient client = new LiveClient(socket.connection("bot"), () -> {});
  private final BacklogReplayer replayer = new BacklogReplayer();
  private int pagesRead;

  /** Events still to commit (and hand on, as the relay does) while pages are read, 100 a read. */
  private int toCommitDuringReads;

  BacklogReplayerTest() {
    replayer.replayEvents =
        new ReplayEventsUseCase() {
          @Override
          public List<StoredEvent> eventsAfter(long afterId, int limit) {
            pagesRead++;
            // ids are 1, 2, 3...: the event with id n is at n - 1
            List<StoredEvent> page =
                List.copyOf(
                    log.subList((int) afterId, (int) Math.min(afterId + limit, log.size())));
            for (int i = 0; i < 100 && toCommitDuringReads > 0; i++, toCommitDuringReads--) {
              commit();
            }
            return page;
          }

          @Override
          public long lastEventId() {
            return log.size();
          }
        };
    replayer.pageReaders =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("execute")) {
                    executorTasks.add((Runnable) args[0]);
                  }
                  return null;
                });
    client.authenticate();
  }

  /** Appends an event to the log while the bot is away. */
  private StoredEvent append() {
    long id = log.size() + 1;
    StoredEvent event = new StoredEvent(id, new SessionStarted(id, NOW, null, NOW), "{}");
    log.add(event);
    return event;
  }

  /** Appends an event and hands it to the client, as the relay does after the commit. */
  private void commit() {
    client.offerLive(LiveEvent.of(append()));
  }

  private void runExecutorTasks() {
    for (Runnable task = executorTasks.poll(); task != null; task = executorTasks.poll()) {
      task.run();
    }
  }

  private List<JsonObject> received() {
    return socket.sent.stream()
        .map(text -> JSON.createReader(new StringReader(text)).readObject())
        .toList();
  }

  @Test
  void aBotAwayForAHundredThousandEventsGetsEachOnceInOrderThenResumedInOneConnection() {
    LongStream.rangeClosed(1, 100_000).forEach(id -> append());

    replayer.replay(client, 0, List.of());
    runExecutorTasks();

    List<JsonObject> received = received();
    assertThat(received.subList(0, 100_000))
        .extracting(m -> m.getJsonNumber("id").longValue())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 100_000).boxed().toList());
    JsonObject resumed = received.get(100_000);
    assertThat(resumed.getString("type")).isEqualTo("resumed");
    assertThat(resumed.getJsonNumber("lastEventId").longValue()).isEqualTo(100_000);
    assertThat(received).hasSize(100_001);
    assertThat(socket.closes).isEmpty();
  }

  @Test
  void eventsCommittedDuringTheReplayArriveOnceInOrderBeforeOrAfterResumed() {
    LongStream.rangeClosed(1, 2_000).forEach(id -> append());
    toCommitDuringReads = 1_000;

    replayer.replay(client, 0, List.of());
    runExecutorTasks();
    commit();
    commit();

    List<JsonObject> received = received();
    assertThat(received.stream().filter(m -> m.containsKey("id")))
        .extracting(m -> m.getJsonNumber("id").longValue())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 3_002).boxed().toList());
    assertThat(received).filteredOn(m -> m.getString("type").equals("resumed")).hasSize(1);
    assertThat(received.get(3_000).getString("type")).isEqualTo("resumed");
    assertThat(received.get(3_000).getJsonNumber("lastEventId").longValue()).isEqualTo(3_000);
  }

  @Test
  void aBotThatDoesNotReadHoldsOnePageAndNoFurtherPageIsRead() {
    LongStream.rangeClosed(1, 20_000).forEach(id -> append());
    socket.stopReading();

    replayer.replay(client, 0, List.of());
    runExecutorTasks();
    for (int i = 0; i < 100; i++) {
      commit(); // live events, left to the replay
    }

    assertThat(pagesRead).isOne();
    assertThat(socket.sent).hasSize(1); // the first event is being written, the page waits
    assertThat(socket.takeOne()).isTrue();
    runExecutorTasks();
    assertThat(pagesRead).isOne();
    while (socket.takeOne()) {
      runExecutorTasks();
    }
    assertThat(pagesRead).isGreaterThan(20_000 / BacklogReplayer.PAGE);
    assertThat(received()).last().extracting(m -> m.getString("type")).isEqualTo("resumed");
    assertThat(socket.sent).hasSize(20_100 + 1);
  }

  @Test
  void aFailedReadEndsTheReplayWithAnErrorThatSaysWhereToResumeFrom() {
    LongStream.rangeClosed(1, 800).forEach(id -> append());
    ReplayEventsUseCase healthy = replayer.replayEvents;
    replayer.replayEvents =
        new ReplayEventsUseCase() {
          @Override
          public List<StoredEvent> eventsAfter(long afterId, int limit) {
            if (afterId > 0) {
              throw new IllegalStateException("database gone");
            }
            return healthy.eventsAfter(afterId, limit);
          }

          @Override
          public long lastEventId() {
            return healthy.lastEventId();
          }
        };

    replayer.replay(client, 0, List.of());
    runExecutorTasks();
    commit();

    List<JsonObject> received = received();
    assertThat(received.get(BacklogReplayer.PAGE).getString("message"))
        .isEqualTo("Resume failed after event " + BacklogReplayer.PAGE);
    assertThat(received.get(BacklogReplayer.PAGE + 1).getJsonNumber("id").longValue())
        .isEqualTo(801);
    assertThat(client.replaying()).isFalse();
  }
}
