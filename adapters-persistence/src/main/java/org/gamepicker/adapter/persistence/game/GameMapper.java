package org.gamepicker.adapter.persistence.game;

import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.Pack;
import org.gamepicker.domain.vote.Tally;

/**
 * Maps game and pack rows to the domain. (Rows copy the domain onto themselves: EclipseLink tracks
 * changes only through field writes inside the entity class.)
 */
final class GameMapper {

  private GameMapper() {}

  /** The game of a row, with its vote totals (kept apart from the row, in counter slots). */
  static Game toDomain(GameJpaEntity row, Tally totals) {
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
        totals.upvotes(),
        totals.downvotes(),
        row.createdAt.toInstant());
  }

  static Pack toDomain(PackJpaEntity row) {
    return new Pack(row.name, row.enabled, FavorBias.of(row.favorBias));
  }
}
