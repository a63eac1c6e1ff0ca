package org.gamepicker.application.service.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.fakes.InMemoryPollRepository;
import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.port.in.vote.ChatLine;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.PickWeights.Weighted;
import org.gamepicker.domain.poll.Poll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatBallotImportTest {

  private static final long SESSION = 18;
  private static final Instant T0 = Instant.parse("2025-11-01T20:00:00Z");

  private Instant now = T0.plusSeconds(30);
  private final InMemoryPollRepository polls = new InMemoryPollRepository();
  private final RecordingEventPublisher published = new RecordingEventPublisher();
  private final ChatBallotImport ballots = new ChatBallotImport(polls, () -> now, published);
  private Poll poll;

  @BeforeEach
  void aTwoChoicePollOpenForAMinute() {
    List<Weighted<Game>> games =
        List.of(1L, 2L).stream()
            .map(
                id ->
                    new Weighted<>(
                        Game.restore(
                            id,
                            new GameDetails(
                                "P", "Game " + id, 2, 8, 15, true, true, "Party", false),
                            true,
                            FavorBias.NEUTRAL,
                            0,
                            0,
                            0,
                            T0),
                        1.0))
            .toList();
    poll = Poll.open(polls.nextPollId(), SESSION, games, Duration.ofSeconds(60), T0);
    polls.add(poll);
  }

  private static ChatLine line(String username, String message, long secondsAfterOpening) {
    return new ChatLine(username, message, T0.plusSeconds(secondsAfterOpening));
  }

  private static final List<ChatLine> LOG =
      List.of(
          line("ann", "!vote 1", -5),
          line("ann", "!vote 2 this one", 5),
          line("bob", "!vote 1", 6),
          line("cy", "!vote 7", 8),
          line("bob", "!VOTE 2", 10),
          line("eve", "thisgame++", 12),
          line("dee", "!vote 1", 40));

  private List<Integer> counts() {
    return polls.findById(poll.id()).orElseThrow().counts();
  }

  @Test
  void eachUsersLatestBallotSentWhileThePollWasOpenCountsOnceAndOneTallyIsPublished() {
    ChatBallotImport.Outcome outcome = ballots.count(SESSION, LOG);

    assertThat(outcome).isEqualTo(new ChatBallotImport.Outcome(2, 4));
    assertThat(counts()).containsExactly(0, 2);
    assertThat(published.events)
        .singleElement()
        .satisfies(event -> assertThat(((PollTally) event).counts()).containsExactly(0, 2));

    ChatBallotImport.Outcome again = ballots.count(SESSION, LOG);

    assertThat(again).isEqualTo(new ChatBallotImport.Outcome(0, 6));
    assertThat(counts()).containsExactly(0, 2);
    assertThat(published.events).hasSize(1);
  }

  @Test
  void aLaterBallotCountedLiveIsNotMovedByAnEarlierLogLine() {
    polls.count(poll.cast(Optional.empty(), "ann", 1, T0.plusSeconds(20)));

    ChatBallotImport.Outcome outcome =
        ballots.count(SESSION, List.of(line("ann", "!vote 2", 5), line("bob", "!vote 2", 25)));

    assertThat(outcome).isEqualTo(new ChatBallotImport.Outcome(1, 1));
    assertThat(counts()).containsExactly(1, 1);
  }

  @Test
  void aClosedPollsResultIsFinalItsLinesAreSkipped() {
    Poll closed = polls.findByIdForUpdate(poll.id()).orElseThrow();
    closed.close(T0.plusSeconds(20));
    polls.saveClosed(closed);

    assertThat(ballots.count(SESSION, LOG)).isEqualTo(new ChatBallotImport.Outcome(0, 6));
    assertThat(counts()).containsExactly(0, 0);
    assertThat(published.events).isEmpty();
  }
}
