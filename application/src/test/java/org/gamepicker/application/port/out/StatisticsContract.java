package org.gamepicker.application.port.out;

import static java.time.temporal.ChronoUnit.MILLIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.gamepicker.application.port.out.Statistics.Counts;
import org.gamepicker.application.port.out.Statistics.LastPlayed;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link Statistics}: what the stats use case shows. */
public abstract class StatisticsContract {

  private static final Instant NIGHT = Instant.parse("2025-11-01T20:00:00.123456Z");

  private Statistics statistics;
  private GameRepository games;
  private StoredCatalog catalog;

  /** The statistics over the other ports of the same store. */
  protected abstract Statistics statistics();

  /** The game repository of the same store. */
  protected abstract GameRepository games();

  /** The catalog of the same store, on that game repository. */
  protected abstract StoredCatalog catalog();

  /** The session repository of the same store. */
  protected abstract SessionRepository sessions();

  /** The vote repository of the same store. */
  protected abstract VoteRepository votes();

  @BeforeEach
  void emptyStore() {
    statistics = statistics();
    games = games();
    catalog = catalog();
  }

  @Test
  void countsCountTheCatalogSessionsPlaysButNotSkippedOnesAndVotes() {
    Game quiplash = catalog.game("Quiplash 3");
    Game drawful = catalog.game("Drawful 2");
    games.save(catalog.game("Other Pack", "Fibbage").withEnabled(false));
    SessionRepository sessions = sessions();
    Session lastWeek = Session.start(sessions.nextSessionId(), null, NIGHT.minusSeconds(604800));
    lastWeek.addGame(
        sessions.nextSessionGameId(), quiplash, false, null, NIGHT.minusSeconds(604700));
    lastWeek.close(NIGHT.minusSeconds(600000));
    StoredSessions.put(sessions, lastWeek);
    Session night = Session.start(sessions.nextSessionId(), null, NIGHT);
    night.addGame(sessions.nextSessionGameId(), quiplash, false, null, NIGHT.plusSeconds(60));
    night.addGame(sessions.nextSessionGameId(), drawful, false, null, NIGHT.plusSeconds(120));
    night = StoredSessions.put(sessions, night);
    night.changeStatus(night.gameAt(2).id(), SessionGameStatus.SKIPPED, NIGHT.plusSeconds(130));
    night = StoredSessions.put(sessions, night);
    long play = night.gameAt(1).id();
    votes()
        .saveAll(
            List.of(
                Vote.cast(night.id(), play, quiplash.id(), "alice", VoteType.UP, NIGHT),
                Vote.cast(night.id(), play, quiplash.id(), "bob", VoteType.DOWN, NIGHT)));

    assertThat(statistics.counts()).isEqualTo(new Counts(3, 2, 2, 2, 2, 2));
  }

  @Test
  void mostPlayedAreTheGamesPlayedAtAllMostPlayedFirstThenByTitle() {
    Game twiceB = played(catalog.game("B twice"), 2);
    Game fiveTimes = played(catalog.game("C five times"), 5);
    catalog.game("D never");
    Game twiceA = played(catalog.game("A twice"), 2);

    assertThat(statistics.mostPlayedGameIds(10))
        .containsExactly(fiveTimes.id(), twiceA.id(), twiceB.id());
    assertThat(statistics.mostPlayedGameIds(2)).containsExactly(fiveTimes.id(), twiceA.id());
  }

  @Test
  void bestRatedAreTheGamesWithVotesByScoreThenUpvotesThenTitle() {
    Game scoreTwoFromThree = voted(catalog.game("D 3 up 1 down"), new Tally(3, 1));
    Game scoreTwoFromTwo = voted(catalog.game("A 2 up"), new Tally(2, 0));
    Game negative = voted(catalog.game("B 1 up 4 down"), new Tally(1, 4));
    Game tiedByTitle = voted(catalog.game("C 2 up"), new Tally(2, 0));
    catalog.game("E no votes");

    assertThat(statistics.bestRatedGameIds(10))
        .containsExactly(
            scoreTwoFromThree.id(), scoreTwoFromTwo.id(), tiedByTitle.id(), negative.id());
    assertThat(statistics.bestRatedGameIds(1)).containsExactly(scoreTwoFromThree.id());
  }

  @Test
  void mostDislikedAreTheGamesWithDownVotesMostFirstThenByLowerScore() {
    Game threeDown = voted(catalog.game("A 3 down"), new Tally(0, 3));
    Game threeDownButLoved = voted(catalog.game("B 3 down 5 up"), new Tally(5, 3));
    Game oneDown = voted(catalog.game("C 1 down"), new Tally(2, 1));
    voted(catalog.game("D only up"), new Tally(4, 0));

    assertThat(statistics.mostDislikedGameIds(10))
        .containsExactly(threeDown.id(), threeDownButLoved.id(), oneDown.id());
    assertThat(statistics.mostDislikedGameIds(1)).containsExactly(threeDown.id());
  }

  @Test
  void leastRecentlyPlayedAreEnabledGamesNeverPlayedFirstThenPlayedLongestAgo() {
    Game lastWeek = catalog.game("A last week");
    Game tonight = catalog.game("B tonight");
    Game skippedTonight = catalog.game("C skipped tonight");
    Game never = catalog.game("D never");
    games.save(catalog.game("E disabled").withEnabled(false));
    SessionRepository sessions = sessions();
    Session past = Session.start(sessions.nextSessionId(), null, NIGHT.minusSeconds(604800));
    past.addGame(sessions.nextSessionGameId(), lastWeek, false, null, NIGHT.minusSeconds(604700));
    past.addGame(sessions.nextSessionGameId(), tonight, false, null, NIGHT.minusSeconds(604600));
    past.close(NIGHT.minusSeconds(600000));
    StoredSessions.put(sessions, past);
    Session night = Session.start(sessions.nextSessionId(), null, NIGHT);
    night.addGame(sessions.nextSessionGameId(), tonight, false, null, NIGHT.plusSeconds(60));
    night.addGame(
        sessions.nextSessionGameId(), skippedTonight, false, null, NIGHT.plusSeconds(120));
    night = StoredSessions.put(sessions, night);
    night.changeStatus(night.gameAt(2).id(), SessionGameStatus.SKIPPED, NIGHT.plusSeconds(130));
    StoredSessions.put(sessions, night);

    assertThat(statistics.leastRecentlyPlayed(10))
        .extracting(LastPlayed::gameId)
        .containsExactly(skippedTonight.id(), never.id(), lastWeek.id(), tonight.id());
    assertThat(statistics.leastRecentlyPlayed(10).get(2).at())
        .hasValueSatisfying(
            at -> assertThat(at).isCloseTo(NIGHT.minusSeconds(604700), within(1, MILLIS)));
    assertThat(statistics.leastRecentlyPlayed(10).get(0).at()).isEmpty();
  }

  private Game played(Game game, int times) {
    Game played = game;
    for (int i = 0; i < times; i++) {
      played = played.recordPlay();
    }
    return games.save(played);
  }

  private Game voted(Game game, Tally votes) {
    games.addVotes(game.id(), votes);
    return game;
  }
}
