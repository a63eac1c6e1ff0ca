package org.gamepicker.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
import org.junit.jupiter.api.Test;

/** Events go out exactly as the seeds' protocol documents them, and read back as they went in. */
class WireEventsTest {

  private static final CatalogGame QUIPLASH =
      new CatalogGame(31, "Quiplash 3", "Pack 7", 3, 8, false, -1);

  private static final Instant AT = Instant.parse("2025-11-01T20:05:12.004Z");

  private static final PollOption TALKING_POINTS =
      new PollOption(3, 33, "Talking Points", "Pack 7");

  private static final PollStarted POLL_STARTED =
      new PollStarted(
          17,
          9,
          AT.plusSeconds(60),
          List.of(
              new PollOption(1, 31, "Quiplash 3", "Pack 7"),
              new PollOption(2, 32, "Champ'd Up", "Pack 7"),
              TALKING_POINTS),
          AT);

  @Test
  void sessionStartedIsTheSeedsEnvelopeMemberForMember() {
    SessionStarted started =
        new SessionStarted(17, Instant.parse("2025-11-01T20:00:00.123Z"), "Friday Game Night", AT);

    assertThat(WireEnvelope.of("session.started", AT, WireEventWriter.data(started), 101L))
        .isEqualTo(
            "{\"type\":\"session.started\",\"timestamp\":\"2025-11-01T20:05:12.004Z\","
                + "\"data\":{\"session\":{\"id\":17,\"is_active\":1,"
                + "\"created_at\":\"2025-11-01T20:00:00.123Z\",\"notes\":\"Friday Game Night\"}},"
                + "\"id\":101}");
  }

  @Test
  void gameAddedCarriesTheSessionSummaryAndTheGameInTheSeedsOrder() {
    GameAdded added =
        new GameAdded(
            17,
            1,
            new GameAdded.PlayedGame(
                31, 52, "Quiplash 3", "The Jackbox Party Pack 7", 3, 8, false, "ABCD"),
            AT);

    assertThat(WireEventWriter.data(added))
        .isEqualTo(
            "{\"session\":{\"id\":17,\"is_active\":1,\"games_played\":1},"
                + "\"game\":{\"id\":31,\"session_game_id\":52,\"title\":\"Quiplash 3\","
                + "\"pack_name\":\"The Jackbox Party Pack 7\",\"min_players\":3,"
                + "\"max_players\":8,\"manually_added\":false,\"room_code\":\"ABCD\"}}");
  }

  @Test
  void voteReceivedAndSessionEndedAreTheSeedsShapes() {
    VoteReceived vote =
        new VoteReceived(
            17,
            31,
            "Quiplash 3",
            5,
            1,
            "alice",
            VoteType.UP,
            Instant.parse("2025-11-01T20:07:40Z"),
            AT);

    assertThat(WireEventWriter.data(vote))
        .isEqualTo(
            "{\"session\":{\"id\":17},\"game\":{\"id\":31,\"title\":\"Quiplash 3\","
                + "\"upvotes\":5,\"downvotes\":1,\"popularity_score\":4},"
                + "\"vote\":{\"username\":\"alice\",\"type\":\"up\","
                + "\"timestamp\":\"2025-11-01T20:07:40.000Z\"}}");
    assertThat(WireEventWriter.data(new SessionEnded(17, 5, AT)))
        .isEqualTo("{\"session\":{\"id\":17,\"is_active\":0,\"games_played\":5}}");
  }

  @Test
  void catalogEventsCarryTheGameAndNoSession() {
    assertThat(WireEventWriter.data(new CatalogGameUpdated(QUIPLASH, AT)))
        .isEqualTo(
            "{\"game\":{\"id\":31,\"title\":\"Quiplash 3\",\"pack_name\":\"Pack 7\","
                + "\"min_players\":3,\"max_players\":8,\"enabled\":false,\"favor_bias\":-1}}");
  }

  @Test
  void pollEventsCarryTheSessionThePollAndItsCandidatesCountsOrWinner() {
    assertThat(WireEventWriter.data(POLL_STARTED))
        .isEqualTo(
            "{\"session\":{\"id\":17},\"poll\":{\"id\":9,"
                + "\"closes_at\":\"2025-11-01T20:06:12.004Z\",\"candidates\":["
                + "{\"choice\":1,\"game\":{\"id\":31,\"title\":\"Quiplash 3\",\"pack_name\":\"Pack 7\"}},"
                + "{\"choice\":2,\"game\":{\"id\":32,\"title\":\"Champ'd Up\",\"pack_name\":\"Pack 7\"}},"
                + "{\"choice\":3,\"game\":{\"id\":33,\"title\":\"Talking Points\","
                + "\"pack_name\":\"Pack 7\"}}]}}");
    assertThat(WireEventWriter.data(new PollTally(17, 9, List.of(4, 0, 7), AT)))
        .isEqualTo("{\"session\":{\"id\":17},\"poll\":{\"id\":9,\"counts\":[4,0,7]}}");
    assertThat(WireEventWriter.data(new PollEnded(17, 9, List.of(4, 0, 7), TALKING_POINTS, AT)))
        .isEqualTo(
            "{\"session\":{\"id\":17},\"poll\":{\"id\":9,\"counts\":[4,0,7],"
                + "\"winner\":{\"choice\":3,\"game\":{\"id\":33,\"title\":\"Talking Points\","
                + "\"pack_name\":\"Pack 7\"}}}}");
  }

  @Test
  void everyEventReadsBackAsTheEventThatWasWritten() {
    List<DomainEvent> events =
        List.of(
            new SessionStarted(17, AT, null, AT),
            new GameAdded(
                17,
                2,
                new GameAdded.PlayedGame(31, 52, "Quip \"3\"", "Pack", 3, 8, true, null),
                AT),
            new VoteReceived(
                17, 31, "Quiplash 3", 0, 1, "bob", VoteType.DOWN, AT.minusSeconds(1), AT),
            new SessionEnded(17, 2, AT),
            new GameStatusChanged(17, 52, 31, SessionGameStatus.SKIPPED, AT),
            new GameRemoved(17, 52, 31, AT),
            new GameRoomCodeChanged(17, 52, 31, "WXYZ", AT),
            new SessionDeleted(17, AT),
            POLL_STARTED,
            new PollTally(17, 9, List.of(4, 0, 7), AT),
            new PollEnded(17, 9, List.of(4, 0, 7), TALKING_POINTS, AT),
            new CatalogGameCreated(QUIPLASH, AT),
            new CatalogGameUpdated(QUIPLASH, AT),
            new CatalogGameDeleted(QUIPLASH, AT));

    assertThat(events).extracting(DomainEvent::type).containsExactly(EventType.values());
    for (DomainEvent event : events) {
      assertThat(WireEventReader.read(event.type(), AT, WireEventWriter.data(event)))
          .isEqualTo(event);
    }
  }

  @Test
  void aWebhookTestEnvelopeHasANullIdAndAnEscapedName() {
    assertThat(
            WireEnvelope.of(
                "webhook.test", AT, WireEventWriter.webhookTestData(3, "Alerts \"prod\""), null))
        .isEqualTo(
            "{\"type\":\"webhook.test\",\"timestamp\":\"2025-11-01T20:05:12.004Z\","
                + "\"data\":{\"webhook\":{\"id\":3,\"name\":\"Alerts \\\"prod\\\"\"},"
                + "\"message\":\"This is a test delivery from Game Picker\"},\"id\":null}");
  }
}
