package org.gamepicker.adapter.rest.stats;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.application.port.in.stats.StatsUseCase;
import org.gamepicker.application.port.in.stats.StatsUseCase.NotLatelyPlayed;
import org.gamepicker.application.port.in.stats.StatsUseCase.StatsView;
import org.gamepicker.application.port.out.Statistics.Counts;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.game.Game;

/** REST: the stats page's figures. */
@Path("/stats")
@RequestScoped
@Tag(name = "Stats", description = "Counts and top games")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

  @Inject StatsUseCase stats;

  /** A game in a top list. */
  @JsonbPropertyOrder({
    "id",
    "title",
    "pack_name",
    "play_count",
    "upvotes",
    "downvotes",
    "popularity_score"
  })
  @Schema(name = "RankedGame")
  public record RankedGame(
      long id,
      String title,
      String pack_name,
      int play_count,
      int upvotes,
      int downvotes,
      @Schema(description = "upvotes - downvotes") int popularity_score) {

    static RankedGame of(Game game) {
      return new RankedGame(
          game.id(),
          game.title(),
          game.packName(),
          game.playCount(),
          game.upvotes(),
          game.downvotes(),
          game.popularityScore());
    }
  }

  /** An enabled game that was not played lately, with when it was last played. */
  @JsonbPropertyOrder({"id", "title", "pack_name", "play_count", "last_played_at"})
  @JsonbNillable
  @Schema(name = "NotLatelyPlayedGame")
  public record NotLatelyPlayedGame(
      long id,
      String title,
      String pack_name,
      int play_count,
      @Schema(
              description =
                  "When it was last played (skipped plays do not count), ISO 8601 UTC; null if"
                      + " never")
          String last_played_at) {

    static NotLatelyPlayedGame of(NotLatelyPlayed entry) {
      Game game = entry.game();
      return new NotLatelyPlayedGame(
          game.id(),
          game.title(),
          game.packName(),
          game.playCount(),
          entry.lastPlayedAt().map(WireTime::format).orElse(null));
    }
  }

  /** The stats. */
  @JsonbPropertyOrder({
    "total_games",
    "enabled_games",
    "total_packs",
    "total_sessions",
    "games_played",
    "total_votes",
    "most_played",
    "best_rated",
    "most_disliked",
    "not_lately_played"
  })
  @Schema(name = "Stats")
  public record StatsJson(
      @Schema(description = "Games in the catalog") long total_games,
      @Schema(description = "Games whose enabled flag is set") long enabled_games,
      long total_packs,
      @Schema(description = "Sessions, active or closed") long total_sessions,
      @Schema(description = "Plays in all sessions (session games not skipped)") long games_played,
      @Schema(description = "Counted votes") long total_votes,
      @Schema(description = "Up to 5 games with the highest play_count (above 0)")
          List<RankedGame> most_played,
      @Schema(
              description =
                  "Up to 5 voted-on games with the highest popularity_score (ties: more upvotes)")
          List<RankedGame> best_rated,
      @Schema(description = "Up to 5 games with down votes, the most first (ties: lower score)")
          List<RankedGame> most_disliked,
      @Schema(
              description =
                  "Up to 5 enabled games played longest ago, never played ones first (ties: by"
                      + " title)")
          List<NotLatelyPlayedGame> not_lately_played) {}

  @GET
  @PermitAll
  @Operation(
      summary = "Stats",
      description =
          "Counts of games, enabled games, packs, sessions, games played and votes, with the most"
              + " played, best rated, most disliked and not lately played games; computed by aggregate queries.")
  @APIResponse(
      responseCode = "200",
      description = "The stats",
      content = @Content(schema = @Schema(implementation = StatsJson.class)))
  public StatsJson get() {
    StatsView view = stats.stats();
    Counts counts = view.counts();
    return new StatsJson(
        counts.games(),
        counts.enabledGames(),
        counts.packs(),
        counts.sessions(),
        counts.gamesPlayed(),
        counts.votes(),
        view.mostPlayed().stream().map(RankedGame::of).toList(),
        view.bestRated().stream().map(RankedGame::of).toList(),
        view.mostDisliked().stream().map(RankedGame::of).toList(),
        view.notLatelyPlayed().stream().map(NotLatelyPlayedGame::of).toList());
  }
}
