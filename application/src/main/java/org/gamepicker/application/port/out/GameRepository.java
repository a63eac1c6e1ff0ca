package org.gamepicker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.vote.Tally;

/** Port: stores and finds the games of the catalog. */
public interface GameRepository {

  Optional<Game> findById(long id);

  /**
   * Inserts a new game (id null) or updates a stored one; returns it as stored, with its id. The
   * vote totals are not written: a new game starts without votes and a stored one keeps its own,
   * since they move only through {@link #addVotes}. Fails with a NotFoundException when the game is
   * gone.
   */
  Game save(Game game);

  /** Every game, in id order. */
  List<Game> findAll();

  Optional<Game> findByPackAndTitle(String packName, String title);

  void delete(long id);

  /**
   * Adds a change to the game's vote totals in one atomic update (no read-modify-write, and no lock
   * taken before it), and returns the game's title and its totals as this transaction sees them
   * (votes still in flight in other transactions are not in them).
   */
  VotedGame addVotes(long gameId, Tally change);

  /** A game's title and vote totals right after a change to them. */
  record VotedGame(long id, String title, Tally totals) {}
}
