package org.gamepicker.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameCreated;
import org.gamepicker.domain.event.CatalogGameDeleted;
import org.gamepicker.domain.event.CatalogGameUpdated;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollOption;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.event.VoteReceived;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.VoteType;
import org.gamepicker.wire.WireEnvelope;
import org.gamepicker.wire.WireEventWriter;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml cannot drift from the wire: every event type has a message there, and what the
 * project's wire encoder writes for each validates against that message's schema.
 */
class WireEventsMatchAsyncApiTest {

  private static final AsyncApiDocument ASYNCAPI = AsyncApiDocument.committed();

  private static final Instant AT = Instant.parse("2025-11-01T20:05:12.004Z");
  private static final CatalogGame QUIPLASH =
      new CatalogGame(31, "Quiplash 3", "The Jackbox Party Pack 7", 3, 8, true, 0);

  /** The envelope bots receive for this event, written by the project's wire encoder. */
  private static String wireMessage(DomainEvent event, long id) {
    return WireEnvelope.of(
        event.type().wireName(), event.occurredAt(), WireEventWriter.data(event), id);
  }

  /** An event of every type, and the optional members both present and absent. */
  private static final List<DomainEvent> EVENTS =
      List.of(
          new SessionStarted(17, AT, "Friday Game Night", AT),
          new SessionStarted(18, AT, null, AT),
          new GameAdded(
              17,
              1,
              new GameAdded.PlayedGame(
                  31, 52, "Quiplash 3", "The Jackbox Party Pack 7", 3, 8, false, "ABCD"),
              AT),
          new GameAdded(
              17, 2, new GameAdded.PlayedGame(32, 53, "Drawful 2", "Pack 2", 3, 8, true, null), AT),
          new VoteReceived(17, 31, "Quiplash 3", 5, 1, "alice", VoteType.UP, AT, AT),
          new VoteReceived(17, 31, "Quiplash 3", 0, 3, "bob", VoteType.DOWN, AT, AT),
          new SessionEnded(17, 5, AT),
          new SessionEnded(19, 0, AT),
          new GameStatusChanged(17, 52, 31, SessionGameStatus.SKIPPED, AT),
          new GameStatusChanged(17, 52, 31, SessionGameStatus.PLAYING, AT),
          new GameRemoved(17, 52, 31, AT),
          new GameRoomCodeChanged(17, 52, 31, "WXYZ", AT),
          new GameRoomCodeChanged(17, 52, 31, null, AT),
          new SessionDeleted(17, AT),
          new PollStarted(
              17,
              4,
              AT.plusSeconds(60),
              List.of(
                  new PollOption(1, 31, "Quiplash 3", "The Jackbox Party Pack 7"),
                  new PollOption(2, 35, "Champ'd Up", "The Jackbox Party Pack 7")),
              AT),
          new PollTally(17, 4, List.of(12, 9), AT),
          new PollEnded(17, 4, List.of(15, 11), new PollOption(1, 31, "Quiplash 3", "Pack 7"), AT),
          new CatalogGameCreated(QUIPLASH, AT),
          new CatalogGameUpdated(new CatalogGame(31, "Quiplash 3", "Pack 7", 3, 8, false, -1), AT),
          new CatalogGameDeleted(QUIPLASH, AT));

  @Test
  void theSamplesCoverEveryEventType() {
    assertThat(EVENTS.stream().map(DomainEvent::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void asyncApiSendsExactlyTheEventTypesThereAre() {
    assertThat(ASYNCAPI.eventNames())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(EventType.values()).map(EventType::wireName).toList());
  }

  @Test
  void everyEventOnTheWireValidatesAgainstItsMessage() {
    long id = 100;
    for (DomainEvent event : EVENTS) {
      String message = wireMessage(event, ++id);
      assertThat(ASYNCAPI.violations(message)).as(message).isEmpty();
    }
  }

  @Test
  void aMessageThatLeavesTheSchemaIsCaught() {
    String valid = wireMessage(new SessionEnded(17, 5, AT), 140);

    assertThat(ASYNCAPI.violations(valid.replace("\"is_active\":0", "\"is_active\":1")))
        .isNotEmpty();
    assertThat(ASYNCAPI.violations(valid.replace(",\"games_played\":5", ""))).isNotEmpty();
    assertThat(ASYNCAPI.violations(valid.replace("\"id\":140", "\"id\":140,\"extra\":true")))
        .isNotEmpty();
    assertThat(ASYNCAPI.violations(valid.replace(".123Z", "Z").replace(".004Z", "Z"))).isNotEmpty();
    assertThat(ASYNCAPI.violations(valid.replace("session.ended", "session.paused"))).isNotEmpty();
  }

  @Test
  void everyExampleInTheDescriptionValidates() {
    ASYNCAPI
        .examples()
        .forEach(
            (name, examples) -> {
              assertThat(examples).as("examples of " + name).isNotEmpty();
              examples.forEach(
                  example -> assertThat(ASYNCAPI.violations(example)).as(example).isEmpty());
            });
  }
}
