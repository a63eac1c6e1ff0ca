package org.gamepicker.application.service.game;

import java.time.Instant;
import org.gamepicker.application.fakes.InMemoryGameRepository;
import org.gamepicker.application.fakes.InMemoryPackRepository;
import org.gamepicker.application.fakes.InMemoryPlayedGamesLookup;
import org.gamepicker.application.fakes.InMemorySessionRepository;
import org.gamepicker.application.port.out.PlayedGamesLookup;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.Pack;

/** In-memory fakes of the catalog's ports (games, packs, sessions and their played games). */
class InMemoryCatalog {

  static final Instant NOW = Instant.parse("2025-11-01T20:00:00.123Z");

  final InMemoryGameRepository games = new InMemoryGameRepository();
  final InMemoryPackRepository packs = new InMemoryPackRepository();
  final InMemorySessionRepository sessions = new InMemorySessionRepository();
  final PlayedGamesLookup played = new InMemoryPlayedGamesLookup(sessions);

  /** Stores a game (and its pack) as the catalog would. */
  Game add(String pack, String title, int min, int max, Integer length, boolean drawing) {
    if (packs.findByName(pack).isEmpty()) {
      packs.save(Pack.named(pack));
    }
    return games.save(
        Game.create(
            new GameDetails(pack, title, min, max, length, false, !drawing, "Party", drawing),
            NOW));
  }

  Game addWithBias(String pack, String title, FavorBias bias) {
    return games.save(add(pack, title, 1, 8, 15, false).withFavorBias(bias));
  }
}
