package org.gamepicker.application.port.out;

import java.time.Instant;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.Pack;

/** Test data of the contract tests: catalog games stored, with their pack, through the ports. */
public final class StoredCatalog {

  static final String PACK = "The Jackbox Party Pack 7";
  static final Instant ADDED_AT = Instant.parse("2025-11-01T19:00:00.123456Z");

  private final PackRepository packs;
  private final GameRepository games;

  public StoredCatalog(PackRepository packs, GameRepository games) {
    this.packs = packs;
    this.games = games;
  }

  /** A new game of {@link #PACK}, stored with its pack as adding a game does. */
  Game game(String title) {
    return game(PACK, title);
  }

  Game game(String pack, String title) {
    if (packs.findByName(pack).isEmpty()) {
      packs.save(Pack.named(pack));
    }
    return games.save(Game.create(details(pack, title), ADDED_AT));
  }

  static GameDetails details(String pack, String title) {
    return new GameDetails(pack, title, 3, 8, 15, true, true, "Drawing", true);
  }
}
