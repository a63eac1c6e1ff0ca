package org.gamepicker.adapter.rest.game;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import org.gamepicker.adapter.rest.game.CatalogBodies.ImportProblem;
import org.gamepicker.adapter.rest.game.CatalogBodies.ImportResult;
import org.gamepicker.adapter.rest.idempotency.IdempotencyKeyFilter;
import org.gamepicker.application.port.in.game.BrowseCatalogUseCase;
import org.gamepicker.application.port.in.game.ImportGamesCommand;
import org.gamepicker.application.port.in.game.ImportGamesUseCase;
import org.gamepicker.application.port.in.game.ImportMode;
import org.gamepicker.application.port.in.game.ImportReport;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.GameCriteria;

/** REST: the admin's CSV export of the whole catalog and import of games from CSV. */
@Path("/games")
@RequestScoped
@Tag(name = "Games")
@Produces(MediaType.APPLICATION_JSON)
public class GameCsvResource {

  private static final Jsonb JSONB = JsonbBuilder.create();

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

  @Inject BrowseCatalogUseCase browse;
  @Inject ImportGamesUseCase importGames;

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
  @Operation(
      extensions =
          @Extension(
              name = IdempotencyKeyFilter.IGNORED,
              value = "an import, safe to send again by itself"),
      summary = "Import games from a CSV body",
      description = IMPORT_DESCRIPTION)
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
      extensions =
          @Extension(
              name = IdempotencyKeyFilter.IGNORED,
              value = "an import, safe to send again by itself"),
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
}
