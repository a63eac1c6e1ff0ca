package org.gamepicker.adapter.rest.game;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.game.CatalogBodies.FavorRequest;
import org.gamepicker.application.port.in.game.BrowseCatalogUseCase;
import org.gamepicker.application.port.in.game.ManageGamesUseCase;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.DrawingFilter;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameCriteria;
import org.gamepicker.domain.game.LengthCategory;

/** REST: the games of the catalog, listed and read by anyone, managed by the admin. */
@Path("/games")
@RequestScoped
@Tag(name = "Games", description = "The host's catalog of games and packs")
@Produces(MediaType.APPLICATION_JSON)
public class GameResource {

  @Inject BrowseCatalogUseCase browse;
  @Inject ManageGamesUseCase manageGames;
  @Context UriInfo uriInfo;

  @GET
  @PermitAll
  @Operation(
      summary = "List games",
      description = "The catalog in id order; every given filter must hold. Bad values are 400.")
  @APIResponse(
      responseCode = "200",
      description = "The matching games",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = GameView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A filter value is invalid (the parameter is named)")
  public List<GameView> list(
      @Parameter(
              description = "Only enabled (true) or disabled (false) games",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("enabled")
          String enabled,
      @Parameter(description = "Exact pack name") @QueryParam("pack") String pack,
      @Parameter(
              description = "Games that this many people can play",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
          @QueryParam("player_count")
          String playerCount,
      @Parameter(
              description = "only: drawing games; exclude: no drawing games",
              schema = @Schema(enumeration = {"only", "exclude"}))
          @QueryParam("drawing")
          String drawing,
      @Parameter(
              description =
                  "short: at most 15 min; medium: 16-25; long: over 25 (games of unknown length match none)",
              schema = @Schema(enumeration = {"short", "medium", "long"}))
          @QueryParam("length")
          String length,
      @Parameter(
              description = "With an audience mode (true) or without (false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("has_audience")
          String hasAudience,
      @Parameter(
              description = "Family-friendly (true) or not (false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("family_friendly")
          String familyFriendly,
      @Parameter(description = "Game type, case-insensitive (e.g. Drawing, Trivia)")
          @QueryParam("game_type")
          String gameType,
      @Parameter(description = "Text the title contains, case-insensitive") @QueryParam("q")
          String q) {
    GameCriteria criteria =
        new GameCriteria()
            .enabled(QueryValues.bool("enabled", enabled))
            .packs(pack == null || pack.isBlank() ? null : List.of(pack.strip()))
            .playerCount(positive("player_count", QueryValues.integer("player_count", playerCount)))
            .drawing(drawing == null ? null : DrawingFilter.parse("drawing", drawing))
            .length(length == null ? null : LengthCategory.parse("length", length))
            .hasAudience(QueryValues.bool("has_audience", hasAudience))
            .familyFriendly(QueryValues.bool("family_friendly", familyFriendly))
            .gameType(gameType == null || gameType.isBlank() ? null : gameType.strip())
            .titleContains(q);
    return browse.listGames(criteria).stream().map(GameView::of).toList();
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "Get one game")
  @APIResponse(
      responseCode = "200",
      description = "The game",
      content = @Content(schema = @Schema(implementation = GameView.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  public GameView get(@Parameter(description = "The game's id") @PathParam("id") long id) {
    return GameView.of(browse.getGame(id));
  }

  @POST
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a game",
      description = "Its pack is created if new. The title must be new within the pack.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = GameRequest.class),
              examples =
                  @ExampleObject(
                      name = "a board game night",
                      value =
                          "{\"pack_name\": \"House Games\", \"title\": \"Charades\", \"min_players\": 2, \"max_players\": 12, \"length_minutes\": 20, \"has_audience\": false, \"family_friendly\": true, \"game_type\": \"Acting\", \"drawing\": false, \"enabled\": true, \"favor_bias\": 0}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is the game's URL",
      content = @Content(schema = @Schema(implementation = GameView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A field is missing or invalid (the field is named)")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The pack already has a game with this title")
  public Response create(GameRequest request) {
    Game game = manageGames.create(GameRequest.draftOf(request));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(game.id())).build())
        .entity(GameView.of(game))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace a game",
      description =
          "Sets every detail; enabled and favor_bias stay as they are when omitted. Play count and votes are kept.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = GameRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The game as replaced",
      content = @Content(schema = @Schema(implementation = GameView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A field is missing or invalid (the field is named)")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "Another game of the pack has this title")
  public GameView replace(
      @Parameter(description = "The game's id") @PathParam("id") long id, GameRequest request) {
    return GameView.of(manageGames.replace(id, GameRequest.draftOf(request)));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Delete a game",
      description = "Only a game that was never played; disable a played one instead.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The game was played in a session: disable it instead")
  public Response delete(@Parameter(description = "The game's id") @PathParam("id") long id) {
    manageGames.delete(id);
    return Response.noContent().build();
  }

  @PATCH
  @Path("/{id}/toggle")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(summary = "Enable or disable a game", description = "Flips its enabled flag.")
  @APIResponse(
      responseCode = "200",
      description = "The game",
      content = @Content(schema = @Schema(implementation = GameView.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  public GameView toggle(@Parameter(description = "The game's id") @PathParam("id") long id) {
    return GameView.of(manageGames.toggle(id));
  }

  @PATCH
  @Path("/{id}/favor")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a game's favour bias",
      description = "1 favoured (picked more often), 0 neutral, -1 disfavoured (rarely).")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = FavorRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The game",
      content = @Content(schema = @Schema(implementation = GameView.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "favor_bias missing or not -1, 0 or 1")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  public GameView favor(
      @Parameter(description = "The game's id") @PathParam("id") long id, FavorRequest request) {
    return GameView.of(manageGames.setFavorBias(id, FavorRequest.biasOf(request)));
  }

  private static Integer positive(String name, Integer value) {
    Require.that(value == null || value >= 1, name, name + " must be at least 1");
    return value;
  }
}
