package org.gamepicker.adapter.rest.game;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import org.gamepicker.adapter.rest.error.LargeBody;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.game.CatalogBodies.CsvImportRequest;
import org.gamepicker.adapter.rest.game.CatalogBodies.FavorRequest;
import org.gamepicker.adapter.rest.game.CatalogBodies.ImportProblem;
import org.gamepicker.adapter.rest.game.CatalogBodies.ImportResult;
import org.gamepicker.adapter.rest.game.CatalogBodies.PackToggleRequest;
import org.gamepicker.adapter.rest.game.CatalogBodies.PackView;
import org.gamepicker.application.port.in.game.BrowseCatalogUseCase;
import org.gamepicker.application.port.in.game.ImportGamesCommand;
import org.gamepicker.application.port.in.game.ImportGamesUseCase;
import org.gamepicker.application.port.in.game.ImportMode;
import org.gamepicker.application.port.in.game.ImportReport;
import org.gamepicker.application.port.in.game.ManageGamesUseCase;
import org.gamepicker.application.port.in.game.ManagePacksUseCase;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.DrawingFilter;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameCriteria;
import org.gamepicker.domain.game.LengthCategory;

/** REST: the games catalog, its packs, and CSV export and import. */
@Path("/games")
@RequestScoped
@Tag(name = "Games", description = "The host's catalog of games and packs")
@Produces(MediaType.APPLICATION_JSON)
public class GameResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject BrowseCatalogUseCase browse;
  @Inject ManageGamesUseCase manageGames;
  @Inject ManagePacksUseCase managePacks;
  @Inject ImportGamesUseCase importGames;
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
      description = "A filter value is invalid (the parameter is named)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
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
      description = "A field is missing or invalid (the field is named)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "409",
      description = "The pack already has a game with this title",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
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
      description = "A field is missing or invalid (the field is named)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  @APIResponse(
      responseCode = "409",
      description = "Another game of the pack has this title",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
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
      description = "The game was played in a session: disable it instead",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
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
      description = "favor_bias missing or not -1, 0 or 1",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_GAME)
  public GameView favor(
      @Parameter(description = "The game's id") @PathParam("id") long id, FavorRequest request) {
    return GameView.of(manageGames.setFavorBias(id, favorOf(request)));
  }

  @GET
  @Path("/packs")
  @PermitAll
  @Operation(
      summary = "List packs",
      description = "By name, with how many games each has and how many are enabled.")
  @APIResponse(
      responseCode = "200",
      description = "The packs",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PackView.class)))
  public List<PackView> packs() {
    return browse.listPacks().stream().map(PackView::of).toList();
  }

  @PATCH
  @Path("/packs/{name}/toggle")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enable or disable a pack",
      description = "Sets the pack and every game in it to the given state.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PackToggleRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The pack",
      content = @Content(schema = @Schema(implementation = PackView.class)))
  @APIResponse(
      responseCode = "400",
      description = "enabled missing",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      description = "No pack of this name",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PackView togglePack(
      @Parameter(description = "The pack's name") @PathParam("name") String name,
      PackToggleRequest request) {
    boolean enabled = Require.present(Require.present(request, "body").enabled(), "enabled");
    return PackView.of(managePacks.setEnabled(name, enabled));
  }

  @PATCH
  @Path("/packs/{name}/favor")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a pack's favour bias",
      description = "Weighs on every game of the pack, on top of the game's own bias.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = FavorRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The pack",
      content = @Content(schema = @Schema(implementation = PackView.class)))
  @APIResponse(
      responseCode = "400",
      description = "favor_bias missing or not -1, 0 or 1",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      description = "No pack of this name",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public PackView favorPack(
      @Parameter(description = "The pack's name") @PathParam("name") String name,
      FavorRequest request) {
    return PackView.of(managePacks.setFavorBias(name, favorOf(request)));
  }

  @GET
  @Path("/export/csv")
  @Produces(GameCsv.MEDIA_TYPE)
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Export the catalog as CSV",
      description =
          "Header row pack_name,title,min_players,max_players,length_minutes,has_audience,"
              + "family_friendly,game_type,drawing,enabled,favor_bias, then one row per game in id order."
              + " Importing it with mode=replace gives the same catalog back.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV",
      content =
          @Content(mediaType = GameCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  public Response exportCsv() {
    return Response.ok(GameCsv.write(browse.listGames(new GameCriteria())))
        .type(GameCsv.MEDIA_TYPE + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"games.csv\"")
        .build();
  }

  @POST
  @Path("/import/csv")
  @Consumes(GameCsv.MEDIA_TYPE)
  @LargeBody
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(summary = "Import games from a CSV body", description = IMPORT_DESCRIPTION)
  @RequestBody(
      required = true,
      content =
          @Content(mediaType = GameCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "200",
      description = "Applied",
      content = @Content(schema = @Schema(implementation = ImportResult.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Rejected, nothing changed: bad rows (each with its line and reason), or an unreadable file or parameter",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ImportProblem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  public Response importCsv(
      @Parameter(
              description = "append (default) or replace",
              schema = @Schema(enumeration = {"append", "replace"}))
          @QueryParam("mode")
          String mode,
      @Parameter(
              description = "true: apply the valid rows, report and skip the bad ones",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("skip_invalid")
          String skipInvalid,
      String csv) {
    return runImport(csv, mode, QueryValues.flag("skip_invalid", skipInvalid));
  }

  @POST
  @Path("/import/csv")
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Import games from CSV text in a JSON body",
      description = IMPORT_DESCRIPTION)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = CsvImportRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "Applied",
      content = @Content(schema = @Schema(implementation = ImportResult.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "Rejected, nothing changed: bad rows (each with its line and reason), or an unreadable file or field",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = ImportProblem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  public Response importJson(CsvImportRequest request) {
    CsvImportRequest body = Require.present(request, "body");
    return runImport(body.csv_data(), body.mode(), Boolean.TRUE.equals(body.skip_invalid()));
  }

  private static final String IMPORT_DESCRIPTION =
      "Columns by header name: pack_name, title, min_players, max_players (required), length_minutes"
          + " (minutes, or a range like 15-20 stored as its rounded midpoint), has_audience,"
          + " family_friendly, drawing (true/false), game_type, enabled, favor_bias; other columns"
          + " (e.g. release_year) are ignored. Line numbers count the header as line 1."
          + " mode=append adds games whose pack and title are new and skips existing ones."
          + " mode=replace makes the catalog match the file: games with the same pack and title are"
          + " updated (keeping id, play count and votes), new ones added, and games missing from the"
          + " file are deleted if never played, or disabled if played."
          + " Any bad row rejects the whole import (400, nothing changed, every bad row listed with"
          + " its line) unless skip_invalid=true, which applies the valid rows and reports the bad"
          + " ones in errors.";

  private Response runImport(String csv, String mode, boolean skipInvalid) {
    ImportMode importMode = ImportMode.parse(mode);
    ImportReport report =
        importGames.importGames(new ImportGamesCommand(GameCsv.read(csv), importMode, skipInvalid));
    if (!report.applied()) {
      return Response.status(400)
          .type(Problem.MEDIA_TYPE)
          .entity(JSONB.toJson(ImportProblem.of(report)))
          .build();
    }
    return Response.ok(ImportResult.of(report)).build();
  }

  private static FavorBias favorOf(FavorRequest request) {
    return FavorBias.of(Require.present(request, "body").favor_bias());
  }

  private static Integer positive(String name, Integer value) {
    Require.that(value == null || value >= 1, name, name + " must be at least 1");
    return value;
  }
}
