package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.out.VoteRepository.VoteFilter;
import org.gamepicker.application.port.out.VoteRepository.VotePage;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link VoteRepository}: what the vote and session use cases rely on. */
public abstract class VoteRepositoryContract {

  private static final Instant NIGHT = Instant.parse("2025-11-01T20:00:00.123456Z");

  private VoteRepository votes;
  private Game quiplash;
  private long tonight;
  private Play lastWeeksQuiplash;
  private Play quiplashPlay;
  private Play drawfulPlay;
  private Play quiplashAgain;

  /** What the stored votes of one play count, as the session views read them. */
  private Tally countedOn(Play play) {
    return votes.tallyBySessionGame(play.sessionId()).getOrDefault(play.id(), Tally.NONE);
  }

  /** A stored session game with its session. */
  private record Play(long sessionId, long id, long gameId) {
    static Play of(Session session, int position) {
      SessionGame game = session.gameAt(position);
      return new Play(session.id(), game.id(), game.gameId());
    }
  }

  /** A repository without votes. */
  protected abstract VoteRepository votes();

  /** The session repository of the same store (votes belong to a session's games). */
  protected abstract SessionRepository sessions();

  /** The catalog of the same store. */
  protected abstract StoredCatalog catalog();

  /** Last week's closed session played Quiplash; tonight's plays Quiplash, Drawful, Quiplash. */
  @BeforeEach
  void twoSessionsWithoutVotes() {
    votes = votes();
    SessionRepository sessions = sessions();
    StoredCatalog catalog = catalog();
    quiplash = catalog.game("Quiplash 3");
    Game drawful = catalog.game("Drawful 2");
    Session lastWeek = Session.start(sessions.nextSessionId(), null, NIGHT.minusSeconds(604800));
    lastWeek.addGame(
        sessions.nextSessionGameId(), quiplash, false, null, NIGHT.minusSeconds(604700));
    lastWeek.close(NIGHT.minusSeconds(600000));
    lastWeeksQuiplash = Play.of(StoredSessions.put(sessions, lastWeek), 1);
    Session night = Session.start(sessions.nextSessionId(), null, NIGHT);
    night.addGame(sessions.nextSessionGameId(), quiplash, false, null, NIGHT.plusSeconds(60));
    night.addGame(sessions.nextSessionGameId(), drawful, false, null, NIGHT.plusSeconds(900));
    night.addGame(sessions.nextSessionGameId(), quiplash, false, null, NIGHT.plusSeconds(1800));
    Session stored = StoredSessions.put(sessions, night);
    tonight = stored.id();
    quiplashPlay = Play.of(stored, 1);
    drawfulPlay = Play.of(stored, 2);
    quiplashAgain = Play.of(stored, 3);
  }

  @Test
  void saveAllInsertsNewVotesWithTheirIdsAndEveryField() {
    Vote alice = vote(quiplashPlay, "alice", VoteType.UP, 1);
    Vote bob = vote(quiplashPlay, "bob", VoteType.DOWN, 2);

    List<Vote> saved = votes.saveAll(List.of(alice, bob));

    assertThat(saved).extracting(Vote::id).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(saved)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
        .containsExactlyInAnyOrder(alice, bob);
    Vote savedAlice = saved.stream().filter(v -> v.username().equals("alice")).findFirst().get();
    assertThat(votes.findForUpdate(quiplashPlay.id(), "alice"))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(savedAlice);
  }

  @Test
  void aSecondVoteOfTheSameUserOnTheSamePlayIsAConflict() {
    votes.saveAll(List.of(vote(quiplashPlay, "alice", VoteType.UP, 1)));

    assertThatThrownBy(() -> votes.saveAll(List.of(vote(quiplashPlay, "alice", VoteType.DOWN, 2))))
        .isInstanceOf(ConflictException.class);
    assertThat(countedOn(quiplashPlay)).isEqualTo(new Tally(1, 0));
    assertThat(votes.saveAll(List.of(vote(drawfulPlay, "alice", VoteType.DOWN, 3)))).hasSize(1);
  }

  @Test
  void saveAllUpdatesASwitchedVote() {
    Vote stored = votes.saveAll(List.of(vote(quiplashPlay, "alice", VoteType.UP, 1))).get(0);
    stored.recast(VoteType.DOWN, NIGHT.plusSeconds(120));

    List<Vote> saved = votes.saveAll(List.of(stored));

    assertThat(saved).usingRecursiveFieldByFieldElementComparator().containsExactly(stored);
    assertThat(votes.findForUpdate(quiplashPlay.id(), "alice"))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(stored);
    assertThat(countedOn(quiplashPlay)).isEqualTo(new Tally(0, 1));
  }

  @Test
  void findForUpdateOfAUserWithoutAVoteIsEmpty() {
    votes.saveAll(List.of(vote(quiplashPlay, "alice", VoteType.UP, 1)));

    assertThat(votes.findForUpdate(quiplashPlay.id(), "bob")).isEmpty();
    assertThat(votes.findForUpdate(drawfulPlay.id(), "alice")).isEmpty();
  }

  @Test
  void tallyBySessionGameCountsEachPlayOfTheSessionThatHasVotes() {
    castTheNightsVotes();

    assertThat(votes.tallyBySessionGame(tonight))
        .isEqualTo(Map.of(quiplashPlay.id(), new Tally(2, 1), quiplashAgain.id(), new Tally(0, 2)));
  }

  @Test
  void findBySessionForUpdateReturnsEveryVoteOfTheSessionOnly() {
    List<Vote> tonights =
        votes.saveAll(
            List.of(
                vote(quiplashPlay, "alice", VoteType.UP, 1),
                vote(drawfulPlay, "bob", VoteType.DOWN, 2)));
    votes.saveAll(List.of(vote(lastWeeksQuiplash, "erin", VoteType.UP, 3)));

    assertThat(votes.findBySessionForUpdate(tonight))
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactlyInAnyOrderElementsOf(tonights);
  }

  @Test
  void findFiltersAndPagesNewestFirstWithTheTotal() {
    List<Vote> saved =
        votes.saveAll(
            List.of(
                vote(quiplashPlay, "alice", VoteType.UP, 1),
                vote(drawfulPlay, "alice", VoteType.DOWN, 3),
                vote(quiplashAgain, "alice", VoteType.UP, 2),
                vote(quiplashPlay, "bob", VoteType.DOWN, 4),
                vote(lastWeeksQuiplash, "alice", VoteType.UP, 0)));

    VotePage alicesTonight = votes.find(new VoteFilter(tonight, null, "alice"), 2, 0);
    VotePage secondPage = votes.find(new VoteFilter(tonight, null, "alice"), 2, 2);
    VotePage quiplashVotes = votes.find(new VoteFilter(null, quiplash.id(), null), 10, 0);

    assertThat(alicesTonight.total()).isEqualTo(3);
    assertThat(alicesTonight.votes())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(saved.get(1), saved.get(2));
    assertThat(secondPage.votes())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(saved.get(0));
    assertThat(quiplashVotes.total()).isEqualTo(4);
    assertThat(quiplashVotes.votes())
        .extracting(Vote::username, Vote::votedAt)
        .containsExactly(
            tuple("bob", at(4)),
            tuple("alice", at(2)),
            tuple("alice", at(1)),
            tuple("alice", at(0)));
  }

  @Test
  void discardForSessionGamesDeletesTheirVotesAndReturnsWhatTheyCountedByGame() {
    castTheNightsVotes();

    Map<Long, Tally> discarded =
        votes.discardForSessionGames(
            List.of(quiplashPlay.id(), quiplashAgain.id(), drawfulPlay.id()));

    assertThat(discarded).isEqualTo(Map.of(quiplash.id(), new Tally(2, 3)));
    assertThat(votes.tallyBySessionGame(tonight)).isEmpty();
    assertThat(countedOn(lastWeeksQuiplash)).isEqualTo(new Tally(1, 0));
    assertThat(votes.discardForSessionGames(List.of(quiplashPlay.id()))).isEmpty();
  }

  /**
   * Tonight's first Quiplash gets 2 up, 1 down; the second 2 down; Drawful none; last week 1 up.
   */
  private void castTheNightsVotes() {
    votes.saveAll(
        List.of(
            vote(quiplashPlay, "alice", VoteType.UP, 1),
            vote(quiplashPlay, "bob", VoteType.UP, 2),
            vote(quiplashPlay, "carol", VoteType.DOWN, 3),
            vote(quiplashAgain, "alice", VoteType.DOWN, 4),
            vote(quiplashAgain, "bob", VoteType.DOWN, 5),
            vote(lastWeeksQuiplash, "erin", VoteType.UP, 0)));
  }

  private static Vote vote(Play play, String username, VoteType type, int minute) {
    return Vote.cast(play.sessionId(), play.id(), play.gameId(), username, type, at(minute));
  }

  private static Instant at(int minute) {
    return NIGHT.plusSeconds(60L * minute);
  }
}
