package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.websocket.CloseReason;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.gamepicker.domain.event.EventType;
import org.junit.jupiter.api.Test;

class LiveClientTest {

  private final FakeConnections.Socket socket = new FakeConnections.Socket();
  private final List<String> sent = socket.sent;
  private final List<CloseReason> closes = socket.closes;

  private int queueOverflows;
  private final LiveClient client = new LiveClient(socket.connection("c1"), () -> queueOverflows++);

  private static LiveEvent event(long id, String type, long sessionId) {
    String text = "{\"type\":\"" + type + "\",\"id\":" + id + "}";
    return new LiveEvent(
        id, EventType.ofWireName(type).orElseThrow(), OptionalLong.of(sessionId), text);
  }

  private List<Long> sentEventIds() {
    return sent.stream()
        .map(text -> Json.createReader(new StringReader(text)).readObject())
        .filter(json -> json.containsKey("id"))
        .map(json -> json.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void aClientThatDoesNotReadIsClosedOnceItsQueueOverflowsAndThatIsCounted() {
    socket.stopReading();
    for (int i = 0; i <= 1001; i++) {
      client.send("{\"type\":\"pong\"}");
    }

    assertThat(closes).isNotEmpty();
    assertThat(queueOverflows).isEqualTo(1);
  }

  @Test
  void anEventGoesOutAsTheTextItWasRenderedToOnce() {
    client.authenticate();
    LiveEvent started = event(7, "session.started", 3);

    client.offerLive(started);

    assertThat(sent).singleElement().isSameAs(started.text());
  }

  @Test
  void aBotThatAsksForNothingGetsExactlyTheSeedsFourEvents() {
    client.authenticate();
    client.subscribe(3);
    EventType[] every = EventType.values();

    for (int i = 0; i < every.length; i++) {
      client.offerLive(event(i + 1, every[i].wireName(), 3));
    }

    assertThat(sent)
        .extracting(
            text -> Json.createReader(new StringReader(text)).readObject().getString("type"))
        .containsExactly("session.started", "game.added", "vote.received", "session.ended");
  }

  @Test
  void eventsOutsideTheSeedsFourAreNotSentToBotsThatDidNotOptIn() {
    client.authenticate();
    client.subscribe(3);

    client.offerLive(event(1, "game.status_changed", 3));
    client.offerLive(event(2, "game.removed", 3));
    client.offerLive(event(3, "session.deleted", 3));
    client.offerLive(event(4, "game.added", 3));

    assertThat(sentEventIds()).containsExactly(4L);
  }

  @Test
  void aBotGetsTheTypesItOptedIntoForItsSessionsAndCatalogEventsForAnySession() {
    client.authenticate();
    client.subscribe(3);
    client.optIn(Set.of(EventType.GAME_STATUS_CHANGED, EventType.CATALOG_GAME_CREATED));
    String catalogText = "{\"type\":\"catalog.game_created\",\"id\":5}";

    client.offerLive(event(1, "game.status_changed", 3));
    client.offerLive(event(2, "game.status_changed", 4));
    client.offerLive(event(3, "game.removed", 3));
    client.offerLive(event(4, "game.added", 3));
    client.offerLive(
        new LiveEvent(5, EventType.CATALOG_GAME_CREATED, OptionalLong.empty(), catalogText));
    client.offerLive(
        new LiveEvent(6, EventType.CATALOG_GAME_DELETED, OptionalLong.empty(), catalogText));

    assertThat(sentEventIds()).containsExactly(1L, 4L, 5L);
  }

  @Test
  void onlyAuthenticatedClientsGetSessionStartedAndOnlySubscribersTheRest() {
    client.offerLive(event(1, "session.started", 3));
    client.authenticate();
    client.offerLive(event(2, "session.started", 3));
    client.offerLive(event(3, "game.added", 3));
    client.subscribe(3);
    client.offerLive(event(4, "game.added", 3));
    client.offerLive(event(5, "game.added", 4));
    client.unsubscribe(3);
    client.offerLive(event(6, "session.ended", 3));

    assertThat(sentEventIds()).containsExactly(2L, 4L);
  }

  @Test
  void duringAReplayLiveEventsAreLeftToTheLogAndTheClientGoesLiveOnceTheReplayCaughtUp() {
    client.authenticate();
    client.subscribe(3);
    client.offerLive(event(10, "game.added", 3)); // seen live before the resume
    client.beginReplay();
    client.offerLive(event(12, "game.added", 3)); // committed while the log is read
    client.replay(List.of(event(9, "game.added", 3), event(10, "game.added", 3)));
    client.offerLive(event(13, "session.ended", 3));
    client.replay(List.of(event(11, "game.added", 4), event(12, "game.added", 3)));

    assertThat(client.endReplay(12, "{\"type\":\"resumed\"}")).isFalse();
    client.replay(List.of(event(13, "session.ended", 3)));
    assertThat(client.endReplay(13, "{\"type\":\"resumed\"}")).isTrue();
    client.offerLive(event(14, "session.started", 5));

    assertThat(sentEventIds()).containsExactly(10L, 9L, 12L, 13L, 14L);
    assertThat(sent.get(4)).isEqualTo("{\"type\":\"resumed\"}");
  }

  @Test
  void liveEventsTheReplaySentAlreadyAreNotSentAgainWhenTheRelayHandsThemOnLater() {
    client.authenticate();
    client.beginReplay();
    client.replay(
        LongStream.rangeClosed(1, 3000).mapToObj(id -> event(id, "session.started", id)).toList());
    assertThat(client.endReplay(3000, "{\"type\":\"resumed\"}")).isTrue();
    for (long id = 1; id <= 3001; id++) {
      client.offerLive(event(id, "session.started", id)); // a relay far behind the replay
    }

    assertThat(sentEventIds())
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 3001).boxed().toList());
  }

  @Test
  void whenDrainedRunsOnceTheSocketHasTakenAllButTheMessageBeingWritten() {
    socket.stopReading();
    client.send("a");
    client.send("b");
    client.send("c");
    List<String> drained = new ArrayList<>();

    client.whenDrained(() -> drained.add("next page"));
    socket.takeOne();
    assertThat(drained).isEmpty();
    socket.takeOne();

    assertThat(sent).containsExactly("a", "b", "c");
    assertThat(drained).containsExactly("next page");
    client.whenDrained(() -> drained.add("at once"));
    assertThat(drained).containsExactly("next page", "at once");
  }

  @Test
  void whenDrainedDoesNothingOnceTheClientIsClosed() {
    List<String> drained = new ArrayList<>();
    client.close(CloseReason.CloseCodes.GOING_AWAY, "bye");

    client.whenDrained(() -> drained.add("next page"));

    assertThat(drained).isEmpty();
  }

  @Test
  void aClientThatStopsReadingIsClosedWhenItsQueueOverflowsWithoutBlockingTheSender() {
    socket.stopReading();
    client.authenticate();
    client.subscribe(3);

    for (long id = 1; id <= 1500; id++) {
      client.offerLive(event(id, "game.added", 3));
    }

    assertThat(sent).hasSize(1);
    assertThat(closes).isNotEmpty();
  }

  @Test
  void messagesGoOutOneAfterAnotherInOrder() {
    socket.stopReading();
    client.send("a");
    client.send("b");
    client.send("c");
    assertThat(sent).containsExactly("a");

    socket.takeOne();
    socket.takeOne();

    assertThat(sent).containsExactly("a", "b", "c");
  }
}
