package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.PickWeights.Weighted;
import org.gamepicker.domain.poll.Ballot;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollCandidate;
import org.gamepicker.domain.poll.PollStatus;
import org.gamepicker.domain.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link PollRepository}: what the poll use cases rely on. */
public abstract class PollRepositoryContract {

  private static final Instant NIGHT = Instant.parse("2025-11-01T20:00:00.123Z");

  private PollRepository polls;
  private long tonight;
  private List<Weighted<Game>> games;

  /** A repository without polls. */
  protected abstract PollRepository polls();

  /** The session repository of the same store (polls belong to a session). */
  protected abstract SessionRepository sessions();

  /** The catalog of the same store. */
  protected abstract StoredCatalog catalog();

  @BeforeEach
  void aNightAndThreeGames() {
    polls = polls();
    SessionRepository sessions = sessions();
    tonight =
        StoredSessions.put(sessions, Session.start(sessions.nextSessionId(), null, NIGHT)).id();
    StoredCatalog catalog = catalog();
    games =
        List.of(
            new Weighted<>(catalog.game("Quiplash 3"), 1.5),
            new Weighted<>(catalog.game("Champ'd Up"), 0.25),
            new Weighted<>(catalog.game("Talking Points"), 3));
  }

  private Poll opened(Duration duration) {
    Poll poll = Poll.open(polls.nextPollId(), tonight, games, duration, NIGHT);
    polls.add(poll);
    return poll;
  }

  private List<Integer> cast(Poll poll, String username, int choice, Instant at) {
    Optional<Ballot> previous = polls.findBallotForUpdate(poll.id(), username);
    return polls.count(poll.cast(previous, username, choice, at));
  }

  @Test
  void aPollReadsBackWholeWithItsCandidatesWeightsAndNoBallots() {
    Poll poll = opened(Duration.ofSeconds(60));

    Poll read = polls.findById(poll.id()).orElseThrow();

    assertThat(read.sessionId()).isEqualTo(tonight);
    assertThat(read.status()).isEqualTo(PollStatus.OPEN);
    assertThat(read.openedAt()).isEqualTo(NIGHT);
    assertThat(read.closesAt()).isEqualTo(NIGHT.plusSeconds(60));
    assertThat(read.candidates()).isEqualTo(poll.candidates());
    assertThat(read.candidates()).extracting(PollCandidate::weight).containsExactly(1.5, 0.25, 3.0);
    assertThat(read.counts()).containsExactly(0, 0, 0);
    assertThat(polls.findOpenInSession(tonight)).map(Poll::id).contains(poll.id());
    assertThat(polls.findById(poll.id() + 1000)).isEmpty();
    assertThat(polls.nextPollId()).isNotEqualTo(polls.nextPollId());
  }

  @Test
  void aSessionHasOneOpenPollAtATime() {
    Poll first = opened(Duration.ofSeconds(60));

    assertThatThrownBy(() -> opened(Duration.ofSeconds(60)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Session " + tonight + " already has an open poll; close it first");

    Poll closing = polls.findByIdForUpdate(first.id()).orElseThrow();
    closing.close(NIGHT.plusSeconds(5));
    polls.saveClosed(closing);
    Poll second = opened(Duration.ofSeconds(60));
    assertThat(polls.findOpenInSession(tonight)).map(Poll::id).contains(second.id());
    assertThat(polls.findInSession(tonight))
        .as("newest first")
        .extracting(Poll::id, Poll::status)
        .containsExactly(tuple(second.id(), PollStatus.OPEN), tuple(first.id(), PollStatus.CLOSED));
    assertThat(polls.findInSession(tonight + 1000)).isEmpty();
  }

  @Test
  void ballotsMoveTheCountersAndALaterBallotOfTheSameUserMovesIt() {
    Poll poll = opened(Duration.ofSeconds(60));

    cast(poll, "ann", 1, NIGHT.plusSeconds(1));
    cast(poll, "bob", 3, NIGHT.plusSeconds(2));
    List<Integer> afterMove = cast(poll, "ann", 3, NIGHT.plusSeconds(3));

    assertThat(afterMove).containsExactly(0, 0, 2);
    assertThat(polls.findById(poll.id()).orElseThrow().counts()).containsExactly(0, 0, 2);
    assertThat(polls.findBallotForUpdate(poll.id(), "ann"))
        .contains(new Ballot(poll.id(), "ann", 3, NIGHT.plusSeconds(3)));
    assertThat(polls.findBallotForUpdate(poll.id(), "cy")).isEmpty();
  }

  @Test
  void aClosedPollCountsNoBallotAndClosesOnce() {
    Poll poll = opened(Duration.ofSeconds(60));
    cast(poll, "ann", 2, NIGHT.plusSeconds(1));
    Poll stale = polls.findById(poll.id()).orElseThrow();

    Poll closing = polls.findByIdForUpdate(poll.id()).orElseThrow();
    closing.close(NIGHT.plusSeconds(10));
    polls.saveClosed(closing);

    assertThatThrownBy(
            () -> polls.count(stale.cast(Optional.empty(), "bob", 1, NIGHT.plusSeconds(11))))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Poll " + poll.id() + " is closed and takes no more ballots");
    Poll read = polls.findById(poll.id()).orElseThrow();
    assertThat(read.status()).isEqualTo(PollStatus.CLOSED);
    assertThat(read.closedAt()).isEqualTo(NIGHT.plusSeconds(10));
    assertThat(read.counts()).containsExactly(0, 1, 0);
    assertThat(read.winner()).map(PollCandidate::title).contains("Champ'd Up");
    assertThat(polls.findOpenInSession(tonight)).isEmpty();
    stale.close(NIGHT.plusSeconds(12));
    assertThatThrownBy(() -> polls.saveClosed(stale))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Poll " + poll.id() + " is already closed");
  }

  @Test
  void thePollsDueToCloseAreTheOpenOnesWhoseTimeIsUp() {
    Poll poll = opened(Duration.ofSeconds(30));

    assertThat(polls.findDueToClose(NIGHT.plusSeconds(29))).isEmpty();
    assertThat(polls.findDueToClose(NIGHT.plusSeconds(30))).containsExactly(poll.id());

    Poll closing = polls.findByIdForUpdate(poll.id()).orElseThrow();
    closing.close(NIGHT.plusSeconds(30));
    polls.saveClosed(closing);
    assertThat(polls.findDueToClose(NIGHT.plusSeconds(99))).isEmpty();
  }
}
