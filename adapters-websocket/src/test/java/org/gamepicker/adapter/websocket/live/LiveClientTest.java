package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.gamepicker.domain.event.EventType;
import org.junit.jupiter.api.Test;

class LiveClientTest {

  private final List<String> sent = new ArrayList<>();
  private final List<SendHandler> pendingSends = new ArrayList<>();
  private boolean completeSendsAtOnce = true;
  private final List<CloseReason> closes = new ArrayList<>();

  private int queueOverflows;
  private final LiveClient client = new LiveClient(connection(), () -> queueOverflows++);

  private Session connection() {
    RemoteEndpoint.Async async =
        (RemoteEndpoint.Async)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("sendText") && args.length == 2) {
                    sent.add((String) args[0]);
                    SendHandler handler = (SendHandler) args[1];
                    if (completeSendsAtOnce) {
                      handler.onResult(new SendResult());
                    } else {
                      pendingSends.add(handler);
                    }
                  }
                  return null;
                });
    return FakeConnections.open("c1", async, closes);
  }

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
    completeSendsAtOnce = false;
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
  void aResumeSendsTheBacklogThenHeldBackLiveEventsWithoutDuplicatesOrGaps() {
    client.authenticate();
    client.subscribe(3);
    client.offerLive(event(10, "game.added", 3)); // seen live before the resume
    client.beginReplay();
    client.offerLive(event(12, "game.added", 3)); // committed while the backlog is read
    client.offerLive(event(13, "session.ended", 3));
    for (long id = 9; id <= 12; id++) {
      client.replay(event(id, id == 11 ? "game.added" : "game.added", id == 11 ? 4 : 3));
    }
    client.endReplay(12, "{\"type\":\"resumed\"}");
    client.offerLive(event(14, "session.started", 5));

    assertThat(sentEventIds()).containsExactly(10L, 9L, 12L, 13L, 14L);
    assertThat(sent.get(3)).isEqualTo("{\"type\":\"resumed\"}");
  }

  @Test
  void aClientThatStopsReadingIsClosedWhenItsQueueOverflowsWithoutBlockingTheSender() {
    completeSendsAtOnce = false;
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
    completeSendsAtOnce = false;
    client.send("a");
    client.send("b");
    client.send("c");
    assertThat(sent).containsExactly("a");

    pendingSends.remove(0).onResult(new SendResult());
    pendingSends.remove(0).onResult(new SendResult());

    assertThat(sent).containsExactly("a", "b", "c");
  }
}
