package org.gamepicker.adapter.persistence.game;

import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.Pack;

/**
 * Maps game and pack rows to the domain. (Rows copy the domain onto themselves: EclipseLink tracks
 * changes only through field writes inside the entity class.)
 */
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

  static Pack toDomain(PackJpaEntity row) {
    return new Pack(row.name, row.enabled, FavorBias.of(row.favorBias));
  }
}
