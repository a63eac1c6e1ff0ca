package org.gamepicker.adapter.rest.game;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.application.port.in.game.PickGameUseCase;
import org.gamepicker.application.port.in.game.PickResult;
import org.gamepicker.domain.game.DrawingFilter;
import org.gamepicker.domain.game.LengthCategory;

/** REST: the picker, which draws the next game to play. */
@Path("/pick")
@RequestScoped
@Tag(name = "Picker", description = "Random, weighted choice of the next game")
@Produces(MediaType.APPLICATION_JSON)
public class PickResource {

  @Inject PickGameUseCase picker;

  /** The picker's filters; every one is optional. */
  @Schema(name = "PickRequest")
  public record PickRequest(
      @Schema(minimum = "1", description = "Games this many people can play") Integer player_count,
      @Schema(enumeration = {"only", "exclude"}) String drawing,
      @Schema(
              enumeration = {"short", "medium", "long"},
              description = "short: at most 15 min; medium: 16-25; long: over 25")
          String length,
      @Schema(description = "Games with an audience mode (true) or without (false)")
          Boolean has_audience,
      Boolean family_friendly,
      @Schema(description = "Case-insensitive, e.g. Drawing") String game_type,
      @Schema(description = "Only games of these packs") List<String> packs,
      @Schema(description = "A session; must exist") Long session_id,
      @Schema(description = "Leave out games already played in session_id (required with it)")
          Boolean exclude_played,
      @Schema(description = "Game ids to leave out") List<Long> exclude_ids) {

    /** The picker command these filters ask for. */
    public PickGameCommand toCommand() {
      return new PickGameCommand(
          player_count,
          drawing == null ? null : DrawingFilter.parse("drawing", drawing),
          length == null ? null : LengthCategory.parse("length", length),
          has_audience,
          family_friendly,
          game_type,
          packs,
          session_id,
          Boolean.TRUE.equals(exclude_played),
          exclude_ids == null ? null : Set.copyOf(exclude_ids));
    }
  }

  /** The picked game. */
  @Schema(name = "PickResult")
  @JsonbPropertyOrder({"game", "pool_size", "total_enabled"})
  public record PickResponse(
      GameView game,
      @Schema(description = "How many games it was drawn from") int pool_size,
      @Schema(description = "Enabled games of enabled packs in the catalog") int total_enabled) {}

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Pick a game",
      description =
          "Draws one of the enabled games of enabled packs that fit every filter. The filters"
              + " are applied in the order packs, player_count, drawing, length, has_audience,"
              + " family_friendly, game_type, exclude_ids, exclude_played. The chance of a game is proportional to"
              + " a weight: favour bias of the game and of its pack (favoured x3, disfavoured"
              + " x0.25) times 1 + 0.1 per point of popularity score (between 0.5 and 2); never"
              + " zero. Send {} for no filters.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = PickRequest.class),
              examples =
                  @ExampleObject(
                      name = "six players, no drawing, not yet played tonight",
                      value =
                          "{\"player_count\": 6, \"drawing\": \"exclude\", \"length\": \"short\", \"family_friendly\": true, \"session_id\": 17, \"exclude_played\": true, \"exclude_ids\": [31]}")))
  @APIResponse(
      responseCode = "200",
      description = "The picked game",
      content = @Content(schema = @Schema(implementation = PickResponse.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A filter value is invalid (the field is named)")
  @APIResponse(
      responseCode = "404",
      ref = GamePickerApi.NOT_FOUND,
      description =
          "No enabled game fits: the message names the filter after which none was left; or"
              + " the session does not exist")
  public PickResponse pick(PickRequest request) {
    PickRequest filters =
        request == null
            ? new PickRequest(null, null, null, null, null, null, null, null, null, null)
            : request;
    PickResult result = picker.pick(filters.toCommand());
    return new PickResponse(GameView.of(result.game()), result.poolSize(), result.totalEnabled());
  }
}
