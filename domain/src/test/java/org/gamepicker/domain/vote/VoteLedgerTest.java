package org.gamepicker.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.session.SessionGameStatus;
import org.junit.jupiter.api.Test;

class VoteLedgerTest {

  private static final Instant T0 = Instant.parse("2025-11-01T20:00:00.000Z");
  private final SessionGame quiplash = playing(10, 7);
  private final SessionGame drawful = playing(11, 8);

  private static SessionGame playing(long id, long gameId) {
    return SessionGame.restore(id, gameId, 1, SessionGameStatus.PLAYING, T0, false, null, null);
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  @Test
  void aFirstVoteCountsAndChangesTheSessionGamesCounts() {
    VoteLedger ledger = new VoteLedger(List.of());

    assertThat(ledger.record(1, quiplash, "alice", VoteType.UP, at(1)))
        .isEqualTo(VoteOutcome.COUNTED);
    assertThat(ledger.record(1, quiplash, "bob", VoteType.DOWN, at(2)))
        .isEqualTo(VoteOutcome.COUNTED);

    assertThat(ledger.changesBySessionGame()).containsEntry(10L, new Tally(1, 1));
    Vote alice = ledger.vote(10, "alice").orElseThrow();
    assertThat(alice.gameId()).isEqualTo(7);
    assertThat(alice.sessionId()).isEqualTo(1);
    assertThat(ledger.changedVotes()).hasSize(2);
  }

  @Test
  void theSameVoteAgainIsADuplicateAndChangesNothing() {
    VoteLedger ledger = new VoteLedger(List.of());
    ledger.record(1, quiplash, "alice", VoteType.UP, at(1));

    assertThat(ledger.record(1, quiplash, "alice", VoteType.UP, at(5)))
        .isEqualTo(VoteOutcome.DUPLICATE);
    assertThat(ledger.changesBySessionGame()).containsExactly(Map.entry(10L, new Tally(1, 0)));
  }

  @Test
  void aLaterOppositeVoteSwitchesTheCountedVote() {
    Vote stored = Vote.restore(99, 1, 10, 7, "alice", VoteType.UP, at(1));
    VoteLedger ledger = new VoteLedger(List.of(stored));

    assertThat(ledger.record(1, quiplash, "alice", VoteType.DOWN, at(3)))
        .isEqualTo(VoteOutcome.SWITCHED);

    assertThat(stored.type()).isEqualTo(VoteType.DOWN);
    assertThat(stored.votedAt()).isEqualTo(at(3));
    assertThat(ledger.changesBySessionGame()).containsEntry(10L, new Tally(-1, 1));
    assertThat(ledger.changedVotes()).containsExactly(stored);
  }

  @Test
  void anOppositeVoteNotLaterThanTheCountedOneIsOutdated() {
    Vote stored = Vote.restore(99, 1, 10, 7, "alice", VoteType.DOWN, at(5));
    VoteLedger ledger = new VoteLedger(List.of(stored));

    assertThat(ledger.record(1, quiplash, "alice", VoteType.UP, at(5)))
        .isEqualTo(VoteOutcome.OUTDATED);
    assertThat(ledger.record(1, quiplash, "alice", VoteType.UP, at(2)))
        .isEqualTo(VoteOutcome.OUTDATED);
    assertThat(stored.type()).isEqualTo(VoteType.DOWN);
    assertThat(ledger.changedVotes()).isEmpty();
  }

  @Test
  void votesOnDifferentSessionGamesAreCountedSeparately() {
    VoteLedger ledger = new VoteLedger(List.of());
    ledger.record(1, quiplash, "alice", VoteType.UP, at(1));
    ledger.record(1, drawful, "alice", VoteType.UP, at(2));

    assertThat(ledger.changesBySessionGame())
        .containsEntry(10L, new Tally(1, 0))
        .containsEntry(11L, new Tally(1, 0));
  }

  @Test
  void replayingTheSameVotesChangesNothing() {
    List<Object[]> log =
        List.of(
            new Object[] {"alice", VoteType.UP, at(1)},
            new Object[] {"alice", VoteType.DOWN, at(2)},
            new Object[] {"bob", VoteType.UP, at(3)});
    VoteLedger first = new VoteLedger(List.of());
    log.forEach(v -> first.record(1, quiplash, (String) v[0], (VoteType) v[1], (Instant) v[2]));
    VoteLedger second = new VoteLedger(first.changedVotes());

    log.forEach(v -> second.record(1, quiplash, (String) v[0], (VoteType) v[1], (Instant) v[2]));

    assertThat(first.changesBySessionGame()).containsEntry(10L, new Tally(1, 1));
    assertThat(second.changedVotes()).isEmpty();
    assertThat(second.changesBySessionGame()).isEmpty();
  }

  @Test
  void usernamesAreTrimmedAndMustNotBeBlank() {
    VoteLedger ledger = new VoteLedger(List.of());
    ledger.record(1, quiplash, "  alice ", VoteType.UP, at(1));

    assertThat(ledger.vote(10, "alice")).isPresent();
    assertThatThrownBy(() -> ledger.record(1, quiplash, " ", VoteType.UP, at(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("username");
  }
}
