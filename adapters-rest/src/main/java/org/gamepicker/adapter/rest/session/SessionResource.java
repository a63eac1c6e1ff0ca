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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.session.SessionJson.SessionDetails;
import org.gamepicker.adapter.rest.session.SessionJson.SessionSummary;
import org.gamepicker.application.port.in.session.ChangeNotesCommand;
import org.gamepicker.application.port.in.session.CreateSessionCommand;
import org.gamepicker.application.port.in.session.SessionLifecycleUseCase;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.domain.common.NotFoundException;

/** REST: game-night sessions (list, the active one, create, close, notes, delete). */
@Path("/sessions")
@RequestScoped
@Tag(name = "Sessions", description = "Game-night sessions and the games played in them")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SessionQueryUseCase query;
  @Inject SessionLifecycleUseCase lifecycle;
  @Context UriInfo uriInfo;

  /** Body of create and notes requests. */
  public record NotesRequest(
      @Schema(nullable = true, example = "Friday Game Night", maxLength = 10000) String notes) {}

  @GET
  @PermitAll
  @Operation(summary = "List sessions", description = "Every session, newest first.")
  @APIResponse(
      responseCode = "200",
      description = "The sessions",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = SessionSummary.class)))
  public List<SessionSummary> list() {
    return query.list().stream().map(SessionJson::summary).toList();
  }

  @GET
  @Path("/active")
  @PermitAll
  @Operation(
      summary = "The active session",
      description =
          "The session in progress with its games; 404 when none is active (bots poll this every"
              + " 30 s as a fallback to the WebSocket).")
  @APIResponse(
      responseCode = "200",
      description = "The active session",
      content = @Content(schema = @Schema(implementation = SessionDetails.class)))
  @APIResponse(
      responseCode = "404",
      ref = GamePickerApi.NOT_FOUND,
      description = "No session is active")
  public SessionDetails active() {
    return query
        .active()
        .map(SessionJson::details)
        .orElseThrow(() -> new NotFoundException("No session is active"));
  }

  @GET
  @Path("/{id}")
  @PermitAll
  @Operation(summary = "One session", description = "The session with its games in play order.")
  @APIResponse(
      responseCode = "200",
      description = "The session",
      content = @Content(schema = @Schema(implementation = SessionDetails.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  public SessionDetails get(@Parameter(description = "Session id") @PathParam("id") long id) {
    return SessionJson.details(query.get(id));
  }

  @POST
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start a session",
      description =
          "Creates the active session and broadcasts session.started to every authenticated"
              + " WebSocket client. 409 while another session is active.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = NotesRequest.class),
              examples =
                  @ExampleObject(
                      name = "a Friday night",
                      value = "{\"notes\": \"Friday Game Night\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The new session; Location points at it",
      content =
          @Content(
              schema = @Schema(implementation = SessionSummary.class),
              examples =
                  @ExampleObject(
                      name = "the new active session",
                      value =
                          "{\"id\": 17, \"notes\": \"Friday Game Night\", \"is_active\": 1, \"created_at\": \"2025-11-01T20:00:00.123Z\", \"closed_at\": null, \"games_played\": 0}")))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "Notes too long or malformed JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "Another session is active")
  public Response create(NotesRequest request) {
    SessionSummary created =
        SessionJson.summary(
            lifecycle.create(new CreateSessionCommand(request == null ? null : request.notes())));
    return Response.created(uriInfo.getAbsolutePathBuilder().path("{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Close a session",
      description =
          "Ends the session: its playing game becomes played; broadcasts session.ended to the"
              + " session's subscribers. 409 when it is already closed.")
  @APIResponse(
      responseCode = "200",
      description = "The closed session (is_active 0, games_played)",
      content = @Content(schema = @Schema(implementation = SessionSummary.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The session is already closed")
  public SessionSummary close(@Parameter(description = "Session id") @PathParam("id") long id) {
    return SessionJson.summary(lifecycle.close(id));
  }

  @PATCH
  @Path("/{id}/notes")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a session's notes",
      description = "Replaces the notes; null or blank clears them.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = NotesRequest.class)))
  @APIResponse(
      responseCode = "200",
      description = "The session",
      content = @Content(schema = @Schema(implementation = SessionSummary.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "Notes too long or malformed JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  public SessionSummary changeNotes(
      @Parameter(description = "Session id") @PathParam("id") long id, NotesRequest request) {
    return SessionJson.summary(
        lifecycle.changeNotes(
            new ChangeNotesCommand(id, request == null ? null : request.notes())));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Delete a session",
      description = "Deletes a closed session with its games. 409 while it is active.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The session is active")
  public Response delete(@Parameter(description = "Session id") @PathParam("id") long id) {
    lifecycle.delete(id);
    return Response.noContent().build();
  }
}
