package org.gamepicker.domain.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollOption;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.PickWeights.Weighted;
import org.junit.jupiter.api.Test;

class PollTest {

  private static final Instant T0 = Instant.parse("2025-11-01T20:00:00.123Z");
  private static final Duration MINUTE = Duration.ofSeconds(60);

  private static Weighted<Game> game(long id, String title, double weight) {
    Game game =
        Game.restore(
            id,
            new GameDetails(
                "The Jackbox Party Pack 7", title, 3, 8, 15, true, true, "Writing", false),
            true,
            FavorBias.NEUTRAL,
            0,
            0,
            0,
            T0);
    return new Weighted<>(game, weight);
  }

  private static final List<Weighted<Game>> THREE =
      List.of(game(11, "Quiplash 3", 1), game(12, "Champ'd Up", 1), game(13, "Talking Points", 1));

  private final Map<String, Ballot> stored = new HashMap<>();

  /** Casts as the application does: with the user's ballot counted so far, then stores it. */
  private BallotChange cast(Poll poll, String username, int choice, Instant at) {
    BallotChange change =
        poll.cast(Optional.ofNullable(stored.get(username)), username, choice, at);
    stored.put(change.ballot().username(), change.ballot());
    return change;
  }

  @Test
  void openingRecordsPollStartedWithNumberedCandidatesAndTheClosingTime() {
    Poll poll = Poll.open(5, 7, THREE, MINUTE, T0);

    assertThat(poll.status()).isEqualTo(PollStatus.OPEN);
    assertThat(poll.closesAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(poll.counts()).containsExactly(0, 0, 0);
    assertThat(poll.candidates()).extracting(PollCandidate::choice).containsExactly(1, 2, 3);
    assertThat(poll.pullEvents())
        .containsExactly(
            new PollStarted(
                7,
                5,
                T0.plusSeconds(60),
                List.of(
                    new PollOption(1, 11, "Quiplash 3", "The Jackbox Party Pack 7"),
                    new PollOption(2, 12, "Champ'd Up", "The Jackbox Party Pack 7"),
                    new PollOption(3, 13, "Talking Points", "The Jackbox Party Pack 7")),
                T0));
    assertThat(poll.pullEvents()).isEmpty();
  }

  @Test
  void aPollHasTwoToFiveDifferentGamesAndASensibleDuration() {
    assertThatThrownBy(() -> Poll.open(5, 7, THREE.subList(0, 1), MINUTE, T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("a poll has 2 to 5 candidates");
    List<Weighted<Game>> six =
        LongStream.rangeClosed(1, 6).mapToObj(id -> game(id, "Game " + id, 1)).toList();
    assertThatThrownBy(() -> Poll.open(5, 7, six, MINUTE, T0))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () -> Poll.open(5, 7, List.of(THREE.get(0), game(11, "Quiplash 3", 1)), MINUTE, T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("game 11 is twice");
    assertThatThrownBy(() -> Poll.open(5, 7, THREE, Duration.ofSeconds(4), T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("duration_seconds must be between 5 and 3600");
    assertThatThrownBy(() -> Poll.open(5, 7, THREE, Duration.ofSeconds(3601), T0))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void oneBallotPerUsernameALaterBallotMovesIt() {
    Poll poll = Poll.open(5, 7, THREE, MINUTE, T0);

    cast(poll, "ann", 1, T0.plusSeconds(1));
    cast(poll, "bob", 1, T0.plusSeconds(2));
    BallotChange moved = cast(poll, "ann", 3, T0.plusSeconds(3));
    BallotChange repeated = cast(poll, "bob", 1, T0.plusSeconds(4));

    assertThat(poll.counts()).containsExactly(1, 0, 1);
    assertThat(moved.movedFrom()).hasValue(1);
    assertThat(moved.movesCounts()).isTrue();
    assertThat(repeated.movesCounts()).isFalse();
  }

  @Test
  void aChoiceOutsideThePollIsRefusedNamingTheField() {
    Poll poll = Poll.open(5, 7, THREE, MINUTE, T0);

    assertThatThrownBy(() -> poll.cast(Optional.empty(), "ann", 4, T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("choice must be between 1 and 3 in poll 5");
    assertThatThrownBy(() -> poll.cast(Optional.empty(), "ann", 0, T0))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> poll.cast(Optional.empty(), " ", 1, T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("username must not be blank");
  }

  @Test
  void noBallotOnceClosedOrOnceItsTimeIsUp() {
    Poll poll = Poll.open(5, 7, THREE, MINUTE, T0);

    assertThat(poll.dueToClose(T0.plusSeconds(59))).isFalse();
    assertThatThrownBy(() -> poll.cast(Optional.empty(), "ann", 1, T0.plusSeconds(60)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Poll 5 is closed and takes no more ballots");
    assertThat(poll.dueToClose(T0.plusSeconds(60))).isTrue();

    poll.close(T0.plusSeconds(10));

    assertThat(poll.status()).isEqualTo(PollStatus.CLOSED);
    assertThat(poll.dueToClose(T0.plusSeconds(60))).isFalse();
    assertThatThrownBy(() -> poll.cast(Optional.empty(), "ann", 1, T0.plusSeconds(11)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> poll.close(T0.plusSeconds(12)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Poll 5 is already closed");
  }

  @Test
  void theMostBallotsWinAndPollEndedCarriesTheFinalCounts() {
    Poll poll = Poll.open(5, 7, THREE, MINUTE, T0);
    cast(poll, "ann", 2, T0.plusSeconds(1));
    cast(poll, "bob", 2, T0.plusSeconds(2));
    cast(poll, "cy", 3, T0.plusSeconds(3));
    poll.pullEvents();

    PollCandidate winner = poll.close(T0.plusSeconds(30));

    assertThat(winner.title()).isEqualTo("Champ'd Up");
    assertThat(poll.winner()).contains(winner);
    assertThat(poll.closedAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(poll.pullEvents())
        .containsExactly(
            new PollEnded(
                7,
                5,
                List.of(0, 2, 1),
                new PollOption(2, 12, "Champ'd Up", "The Jackbox Party Pack 7"),
                T0.plusSeconds(30)));
  }

  @Test
  void aTieIsDrawnWithThePickersWeightsAndTheSamePollAlwaysNamesTheSameWinner() {
    List<Weighted<Game>> heavyAndLight =
        List.of(game(11, "Quiplash 3", 1000), game(12, "Champ'd Up", 0.001), game(13, "Dud", 1));
    int quiplashWins = 0;
    for (long id = 1; id <= 50; id++) {
      Poll poll = Poll.open(id, 7, heavyAndLight, MINUTE, T0);
      poll.reportTally(List.of(4, 4, 1), T0.plusSeconds(1));
      Poll same = Poll.open(id, 7, heavyAndLight, MINUTE, T0);
      same.reportTally(List.of(4, 4, 1), T0.plusSeconds(1));

      PollCandidate winner = poll.close(T0.plusSeconds(2));

      assertThat(winner.choice()).isIn(1, 2);
      assertThat(same.close(T0.plusSeconds(9))).isEqualTo(winner);
      quiplashWins += winner.choice() == 1 ? 1 : 0;
    }
    assertThat(quiplashWins).isEqualTo(50);
  }

  @Test
  void withoutBallotsTheWeightsDecideAmongAllCandidates() {
    List<Weighted<Game>> oneHeavy =
        List.of(
            game(11, "Quiplash 3", 0.001), game(12, "Champ'd Up", 0.001), game(13, "Dud", 1000));

    assertThat(Poll.open(42, 7, oneHeavy, MINUTE, T0).close(T0).title()).isEqualTo("Dud");
  }

  @Test
  void aTallyTakesTheStoredCountsAndIsRecordedOnlyWhileOpen() {
    Poll poll = Poll.open(5, 7, THREE, MINUTE, T0);
    poll.pullEvents();

    poll.reportTally(List.of(3, 1, 2), T0.plusSeconds(5));

    assertThat(poll.counts()).containsExactly(3, 1, 2);
    assertThat(poll.pullEvents())
        .containsExactly(new PollTally(7, 5, List.of(3, 1, 2), T0.plusSeconds(5)));
    poll.close(T0.plusSeconds(6));
    poll.pullEvents();
    poll.reportTally(List.of(3, 1, 2), T0.plusSeconds(7));
    assertThat(poll.pullEvents()).isEmpty();
  }
}
