package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollOption;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollCandidate;
import org.junit.jupiter.api.Test;

class PollAnnouncementsTest {

  private static final Instant T = Instant.parse("2025-11-01T20:00:00Z");
  private static final PollOption QUIPLASH = new PollOption(1, 11, "Quiplash 3", "Pack 6");
  private static final PollOption FIBBAGE = new PollOption(2, 12, "Fibbage 4", "Pack 9");
  private static final PollOption DRAWFUL = new PollOption(3, 13, "Drawful 2", "Pack 2");

  @Test
  void aPollStartsWithItsNumberedCandidatesHowToVoteAndItsSeconds() {
    assertThat(
            PollAnnouncements.started(
                new PollStarted(18, 4, T.plusSeconds(90), List.of(QUIPLASH, FIBBAGE, DRAWFUL), T)))
        .containsExactly(
            "📊 Pick the next game! Type !vote 1..3 in chat — 90 s to vote",
            "!vote 1 → Quiplash 3 (Pack 6)",
            "!vote 2 → Fibbage 4 (Pack 9)",
            "!vote 3 → Drawful 2 (Pack 2)");
  }

  @Test
  void aPollEndsWithItsWinnerAndEachCandidatesVotes() {
    Poll poll =
        Poll.restore(
            4,
            18,
            List.of(
                new PollCandidate(1, 11, "Quiplash 3", "Pack 6", 1.0),
                new PollCandidate(2, 12, "Fibbage 4", "Pack 9", 1.0),
                new PollCandidate(3, 13, "Drawful 2", "Pack 2", 1.0)),
            List.of(5, 3, 1),
            T,
            T.plusSeconds(60),
            T.plusSeconds(60),
            1);
    PollEnded ended = new PollEnded(18, 4, List.of(5, 3, 1), QUIPLASH, T.plusSeconds(60));

    assertThat(PollAnnouncements.ended(ended, Optional.of(poll)))
        .containsExactly(
            "🏆 The chat picked Quiplash 3 (Pack 6) with 5 of 9 votes",
            "📊 Votes: Quiplash 3 5 · Fibbage 4 3 · Drawful 2 1");
  }

  @Test
  void withoutThePollTheVotesGoByChoiceNumber() {
    PollEnded ended = new PollEnded(18, 4, List.of(0, 1), FIBBAGE, T);

    assertThat(PollAnnouncements.ended(ended, Optional.empty()))
        .containsExactly(
            "🏆 The chat picked Fibbage 4 (Pack 9) with 1 of 1 vote", "📊 Votes: #1 0 · #2 1");
  }
}
