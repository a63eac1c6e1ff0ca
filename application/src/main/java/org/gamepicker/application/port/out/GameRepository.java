package org.gamepicker.application.port.out;

import java.util.Optional;
import org.gamepicker.domain.game.Game;

/**
 * Port: stores and finds the games of the catalog. The catalog issue extends it with its queries.
 */
public interface GameRepository {

  Optional<Game> findById(long id);

  /** Inserts a new game (id null) or updates a stored one; returns it as stored, with its id. */
  Game save(Game game);
}
