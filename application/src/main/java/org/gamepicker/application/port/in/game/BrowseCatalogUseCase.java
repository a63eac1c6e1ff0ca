package org.gamepicker.application.port.in.game;

import java.util.List;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameCriteria;

/** Use case: reads the catalog (games by filters, one game, the packs). */
public interface BrowseCatalogUseCase {

  /** The games that match every criterion, in id order. */
  List<Game> listGames(GameCriteria criteria);

  Game getGame(long id);

  List<PackSummary> listPacks();
}
