package org.gamepicker.adapter.rest.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.session.SessionJson.SessionGameJson;
import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.port.in.session.ChangeGameCommand;
import org.gamepicker.application.port.in.session.SessionGamesUseCase;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.domain.session.RoomCode;
import org.gamepicker.domain.session.SessionGameStatus;

/** REST: the games of a session (list, read one, add, status, room code, player count, remove). */
@Path("/sessions/{id}/games")
@RequestScoped
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionGamesResource {

  @Inject SessionQueryUseCase query;
  @Inject SessionGamesUseCase sessionGames;
  @Context UriInfo uriInfo;

  @Parameter(description = "Session id")
  @PathParam("id")
  long sessionId;

  /** Body of the add-game request. */
  public record AddGameRequest(
      @Schema(required = true, description = "Catalog game id") Long game_id,
      @Schema(description = "Added by hand rather than picked (default false)")
          Boolean manually_added,
      @Schema(nullable = true, example = "ABCD", pattern = "^[A-Za-z]{4}$") String room_code) {}

  /** Body of the status request. */
  public record StatusRequest(
      @Schema(
              required = true,
              enumeration = {"playing", "played", "skipped"})
          String status) {}

  /** Body of the room-code request. */
  public record RoomCodeRequest(
      @Schema(nullable = true, description = "Four letters A-Z; null clears it", example = "WXYZ")
          String room_code) {}

  /** Body of the player-count request. */
  public record PlayerCountRequest(
      @Schema(nullable = true, minimum = "1", description = "null clears it")
          Integer player_count) {}

  @GET
  @PermitAll
  @Operation(summary = "A session's games", description = "Its games in play order.")
  @APIResponse(
      responseCode = "200",
      description = "The games",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = SessionGameJson.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  public List<SessionGameJson> list() {
    return query.get(sessionId).games().stream().map(SessionJson::game).toList();
  }

  @GET
  @Path("/{sessionGameId}")
  @PermitAll
  @Operation(summary = "One game of a session", description = "The session game with this id.")
  @APIResponse(
      responseCode = "200",
      description = "The session game",
      content = @Content(schema = @Schema(implementation = SessionGameJson.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION_GAME)
  public SessionGameJson get(
      @Parameter(description = "Session game id") @PathParam("sessionGameId") long sessionGameId) {
    return SessionJson.game(query.game(sessionId, sessionGameId));
  }

  @POST
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a game in a session",
      description =
          "Adds the game as playing (the previously playing game becomes played), raises the"
              + " game's play_count and broadcasts game.added to the session's subscribers.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = AddGameRequest.class),
              examples =
                  @ExampleObject(
                      name = "Quiplash 3 in room ABCD",
                      value =
                          "{\"game_id\": 31, \"manually_added\": false, \"room_code\": \"ABCD\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The session game; Location names it",
      headers =
          @Header(
              name = "Location",
              description = "The session game's URL",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              schema = @Schema(implementation = SessionGameJson.class),
              examples =
                  @ExampleObject(
                      name = "Quiplash 3 now playing",
                      value =
                          "{\"id\": 52, \"session_id\": 17, \"game_id\": 31, \"title\": \"Quiplash 3\", \"pack_name\": \"The Jackbox Party Pack 7\", \"status\": \"playing\", \"played_at\": \"2025-11-01T20:05:12.004Z\", \"manually_added\": false, \"room_code\": \"ABCD\", \"player_count\": null, \"upvotes\": 0, \"downvotes\": 0}")))
  @APIResponse(
      responseCode = "400",
      description = "game_id missing, bad room code or malformed JSON",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      description = "No such session or game",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "409",
      description = "The session is closed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public Response add(AddGameRequest request) {
    AddGameRequest body = request == null ? new AddGameRequest(null, null, null) : request;
    SessionGameJson added =
        SessionJson.game(
            sessionGames.add(
                new AddGameCommand(
                    sessionId,
                    body.game_id(),
                    Boolean.TRUE.equals(body.manually_added()),
                    RoomCode.ofNullable(body.room_code()))));
    return Response.created(uriInfo.getAbsolutePathBuilder().path("{sg}").build(added.id()))
        .entity(added)
        .build();
  }

  @PATCH
  @Path("/{sessionGameId}/status")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a session game's status",
      description =
          "playing, played or skipped. Setting one to playing makes the game playing so far"
              + " played; 409 on a closed session.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = StatusRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The session game",
      content = @Content(schema = @Schema(implementation = SessionGameJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Unknown status or malformed JSON",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION_GAME)
  @APIResponse(
      responseCode = "409",
      description = "A game cannot be playing in a closed session",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  public SessionGameJson changeStatus(
      @Parameter(description = "Session game id") @PathParam("sessionGameId") long sessionGameId,
      StatusRequest request) {
    SessionGameStatus status =
        SessionGameStatus.fromWire(request == null ? null : request.status());
    return SessionJson.game(
        sessionGames.changeStatus(new ChangeGameCommand(sessionId, sessionGameId), status));
  }

  @PATCH
  @Path("/{sessionGameId}/room-code")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a session game's room code",
      description = "Four letters A-Z (lower case is accepted and upper-cased); null clears it.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = RoomCodeRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The session game",
      content = @Content(schema = @Schema(implementation = SessionGameJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Not four letters, or malformed JSON",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION_GAME)
  public SessionGameJson changeRoomCode(
      @Parameter(description = "Session game id") @PathParam("sessionGameId") long sessionGameId,
      RoomCodeRequest request) {
    RoomCode code = RoomCode.ofNullable(request == null ? null : request.room_code());
    return SessionJson.game(
        sessionGames.changeRoomCode(new ChangeGameCommand(sessionId, sessionGameId), code));
  }

  @PATCH
  @Path("/{sessionGameId}/player-count")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a session game's player count",
      description = "At least 1; null clears it.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PlayerCountRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The session game",
      content = @Content(schema = @Schema(implementation = SessionGameJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "Count below 1, or malformed JSON",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION_GAME)
  public SessionGameJson changePlayerCount(
      @Parameter(description = "Session game id") @PathParam("sessionGameId") long sessionGameId,
      PlayerCountRequest request) {
    return SessionJson.game(
        sessionGames.changePlayerCount(
            new ChangeGameCommand(sessionId, sessionGameId),
            request == null ? null : request.player_count()));
  }

  @DELETE
  @Path("/{sessionGameId}")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Remove a game from a session",
      description = "Removes the play (the game's play_count is kept).")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION_GAME)
  public Response remove(
      @Parameter(description = "Session game id") @PathParam("sessionGameId") long sessionGameId) {
    sessionGames.remove(new ChangeGameCommand(sessionId, sessionGameId));
    return Response.noContent().build();
  }
}
