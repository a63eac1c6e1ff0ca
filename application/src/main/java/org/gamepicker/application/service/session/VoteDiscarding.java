package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.domain.vote.Tally;

/** Deletes the votes of session games being removed, and takes them off their games' totals. */
@ApplicationScoped
public class VoteDiscarding {

  private VoteRepository votes;
  private GameRepository games;

  protected VoteDiscarding() {}

  @Inject
  public VoteDiscarding(VoteRepository votes, GameRepository games) {
    this.votes = votes;
    this.games = games;
  }

  /** In the caller's transaction, before the session games themselves go. */
  public void discard(Collection<Long> sessionGameIds) {
    votes
        .discardForSessionGames(sessionGameIds)
        .forEach((gameId, counted) -> games.addVotes(gameId, Tally.NONE.minus(counted)));
  }
}
