package org.gamepicker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.game.Game;

/** Port: stores and finds the games of the catalog. */
public interface GameRepository {

  Optional<Game> findById(long id);

  /** Inserts a new game (id null) or updates a stored one; returns it as stored, with its id. */
  Game save(Game game);

  /** Every game, in id order. */
  List<Game> findAll();

  Optional<Game> findByPackAndTitle(String packName, String title);

  void delete(long id);
}
