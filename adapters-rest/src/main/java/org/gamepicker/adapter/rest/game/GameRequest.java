package org.gamepicker.adapter.rest.game;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.application.port.in.game.GameDraft;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.GameDetails;

/** The body that creates or replaces a game. */
@Schema(name = "GameRequest", description = "A game to create or the full new state of one")
public record GameRequest(
    @Schema(required = true, maxLength = 200) String pack_name,
    @Schema(required = true, maxLength = 200, description = "Unique within its pack") String title,
    @Schema(required = true, minimum = "1") Integer min_players,
    @Schema(required = true, description = "At least min_players") Integer max_players,
    @Schema(description = "Typical length in minutes, positive; omit when unknown")
        Integer length_minutes,
    @Schema(description = "Default false") Boolean has_audience,
    @Schema(description = "Default false") Boolean family_friendly,
    @Schema(example = "Drawing") String game_type,
    @Schema(description = "Default false") Boolean drawing,
    @Schema(description = "Default true for a new game; unchanged on replace when omitted")
        Boolean enabled,
    @Schema(
            enumeration = {"-1", "0", "1"},
            description = "Default 0 for a new game; unchanged on replace when omitted")
        Integer favor_bias) {

  GameDraft toDraft() {
    return new GameDraft(
        new GameDetails(
            pack_name,
            title,
            Require.present(min_players, "min_players"),
            Require.present(max_players, "max_players"),
            length_minutes,
            Boolean.TRUE.equals(has_audience),
            Boolean.TRUE.equals(family_friendly),
            game_type,
            Boolean.TRUE.equals(drawing)),
        enabled,
        favor_bias == null ? null : FavorBias.of(favor_bias));
  }

  static GameDraft draftOf(GameRequest request) {
    return Require.present(request, "body").toDraft();
  }
}
