package org.gamepicker.adapter.rest.game;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;

/** A game as the API shows it. */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "pack_name",
  "title",
  "min_players",
  "max_players",
  "length_minutes",
  "has_audience",
  "family_friendly",
  "game_type",
  "drawing",
  "enabled",
  "favor_bias",
  "play_count",
  "upvotes",
  "downvotes",
  "popularity_score",
  "created_at"
})
@Schema(name = "Game", description = "A game of the catalog")
public record GameView(
    long id,
    String pack_name,
    String title,
    int min_players,
    int max_players,
    @Schema(description = "Typical length in minutes; null when unknown", nullable = true)
        Integer length_minutes,
    boolean has_audience,
    boolean family_friendly,
    @Schema(nullable = true) String game_type,
    boolean drawing,
    boolean enabled,
    @Schema(enumeration = {"-1", "0", "1"}) int favor_bias,
    int play_count,
    int upvotes,
    int downvotes,
    @Schema(description = "upvotes - downvotes") int popularity_score,
    @Schema(example = "2025-11-01T20:00:00.123Z") String created_at) {

  static GameView of(Game game) {
    GameDetails d = game.details();
    return new GameView(
        game.id(),
        d.packName(),
        d.title(),
        d.minPlayers(),
        d.maxPlayers(),
        d.lengthMinutes(),
        d.hasAudience(),
        d.familyFriendly(),
        d.gameType(),
        d.drawing(),
        game.enabled(),
        game.favorBias().value(),
        game.playCount(),
        game.upvotes(),
        game.downvotes(),
        game.popularityScore(),
        WireTime.format(game.createdAt()));
  }
}
