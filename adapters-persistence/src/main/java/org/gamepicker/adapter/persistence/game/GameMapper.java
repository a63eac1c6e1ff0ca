package org.gamepicker.adapter.persistence.game;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.Pack;

/** Maps games and packs between the domain and their JPA rows. */
final class GameMapper {

  private GameMapper() {}

  static Game toDomain(GameJpaEntity row) {
    return Game.restore(
        row.id,
        new GameDetails(
            row.packName,
            row.title,
            row.minPlayers,
            row.maxPlayers,
            row.lengthMinutes,
            row.hasAudience,
            row.familyFriendly,
            row.gameType,
            row.drawing),
        row.enabled,
        FavorBias.of(row.favorBias),
        row.playCount,
        row.upvotes,
        row.downvotes,
        row.createdAt.toInstant());
  }

  /** Copies the game onto the row (every column but the id). */
  static void copy(Game game, GameJpaEntity row) {
    GameDetails details = game.details();
    row.packName = details.packName();
    row.title = details.title();
    row.minPlayers = details.minPlayers();
    row.maxPlayers = details.maxPlayers();
    row.lengthMinutes = details.lengthMinutes();
    row.hasAudience = details.hasAudience();
    row.familyFriendly = details.familyFriendly();
    row.gameType = details.gameType();
    row.drawing = details.drawing();
    row.enabled = game.enabled();
    row.favorBias = game.favorBias().value();
    row.playCount = game.playCount();
    row.upvotes = game.upvotes();
    row.downvotes = game.downvotes();
    row.createdAt = game.createdAt().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
  }

  static Pack toDomain(PackJpaEntity row) {
    return new Pack(row.name, row.enabled, FavorBias.of(row.favorBias));
  }

  static void copy(Pack pack, PackJpaEntity row) {
    row.name = pack.name();
    row.enabled = pack.enabled();
    row.favorBias = pack.favorBias().value();
  }
}
