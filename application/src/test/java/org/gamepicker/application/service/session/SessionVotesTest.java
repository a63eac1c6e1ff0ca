package org.gamepicker.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.port.in.session.ChangeGameCommand;
import org.gamepicker.application.port.in.session.CreateSessionCommand;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.service.vote.CastVoteService;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.vote.VoteType;
import org.junit.jupiter.api.Test;

/** How sessions show and drop the votes cast on their games. */
class SessionVotesTest {

  private final SessionFakes fakes = new SessionFakes();
  private final CastVoteService live =
      new CastVoteService(
          fakes.sessions, fakes.games, fakes.votes, () -> fakes.now, fakes.published);
  private final Game quiplash = fakes.game("Quiplash 3", 3, 8);

  private long startWithGame() {
    long sessionId = fakes.lifecycle.create(new CreateSessionCommand(null)).id();
    fakes.sessionGames.add(new AddGameCommand(sessionId, quiplash.id(), false, null));
    return sessionId;
  }

  private void vote(String user, VoteType type) {
    live.cast(new CastVoteCommand(user, type, null));
  }

  private int upvotes() {
    return fakes.games.findById(quiplash.id()).orElseThrow().upvotes();
  }

  @Test
  void eachSessionGameShowsTheVotesCastOnIt() {
    long sessionId = startWithGame();
    vote("alice", VoteType.UP);
    vote("bob", VoteType.DOWN);
    vote("carol", VoteType.UP);

    SessionGameView played = fakes.query.get(sessionId).games().get(0);

    assertThat(played.upvotes()).isEqualTo(2);
    assertThat(played.downvotes()).isEqualTo(1);
  }

  @Test
  void removingAGameTakesItsVotesOffTheGamesTotals() {
    long sessionId = startWithGame();
    vote("alice", VoteType.UP);
    vote("bob", VoteType.UP);
    long sessionGameId = fakes.query.get(sessionId).games().get(0).id();

    fakes.sessionGames.remove(new ChangeGameCommand(sessionId, sessionGameId));

    assertThat(upvotes()).isZero();
    assertThat(fakes.votes.all()).isEmpty();
  }

  @Test
  void deletingASessionTakesItsVotesOffTheGamesTotals() {
    long sessionId = startWithGame();
    vote("alice", VoteType.UP);
    fakes.lifecycle.close(sessionId);

    fakes.lifecycle.delete(sessionId);

    assertThat(upvotes()).isZero();
    assertThat(fakes.votes.all()).isEmpty();
  }
}
