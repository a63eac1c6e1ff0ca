package org.gamepicker.adapter.rest.poll;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
import org.gamepicker.adapter.rest.game.PickResource.PickRequest;
import org.gamepicker.adapter.rest.poll.PollJson.PollDetails;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.application.port.in.poll.OpenPollCommand;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollStatus;

/** REST: a session's audience polls: lists them, opens one. */
@Path("/sessions/{id}/polls")
@RequestScoped
@Tag(name = "Polls", description = "The audience picks the next game")
@Produces(MediaType.APPLICATION_JSON)
public class SessionPollsResource {

  @Inject PollsUseCase polls;
  @Context UriInfo uriInfo;

  @Parameter(description = "Session id")
  @PathParam("id")
  long sessionId;

  /**
   * Body of a new poll: either candidates (the picker draws them with POST /api/pick's filters) or
   * game_ids.
   */
  @Schema(name = "OpenPollRequest")
  public record OpenPollRequest(
      @Schema(
              minimum = "" + Poll.MIN_CANDIDATES,
              maximum = "" + Poll.MAX_CANDIDATES,
              description = "How many games the picker draws; give this or game_ids")
          Integer candidates,
      @Schema(description = "The candidates in choice order (2-5 distinct games); or candidates")
          List<Long> game_ids,
      @Schema(required = true, minimum = "5", maximum = "3600", example = "60")
          Integer duration_seconds,
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
      @Schema(description = "Game ids to leave out") List<Long> exclude_ids) {

    OpenPollCommand toCommand(long sessionId) {
      return new OpenPollCommand(
          sessionId,
          candidates,
          game_ids,
          duration_seconds == null ? null : Duration.ofSeconds(duration_seconds),
          filters());
    }

    /** The picker's filters; null when none is given. */
    private PickGameCommand filters() {
      boolean none =
          Stream.of(
                  player_count,
                  drawing,
                  length,
                  has_audience,
                  family_friendly,
                  game_type,
                  packs,
                  exclude_ids)
              .allMatch(value -> value == null);
      return none
          ? null
          : new PickRequest(
                  player_count,
                  drawing,
                  length,
                  has_audience,
                  family_friendly,
                  game_type,
                  packs,
                  null,
                  null,
                  exclude_ids)
              .toCommand();
    }
  }

  @GET
  @PermitAll
  @Operation(
      summary = "A session's polls",
      description =
          "The session's audience polls, newest first, with their current counts; with"
              + " status=open only its open poll (an empty list when none is open): what a page"
              + " opened during a poll shows until the next poll event. Public, like the session.")
  @APIResponse(
      responseCode = "200",
      description = "The polls, newest first",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PollDetails.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "status is neither open nor closed")
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  public List<PollDetails> list(
      @Parameter(
              description = "Only the polls with this status",
              schema = @Schema(enumeration = {"open", "closed"}))
          @QueryParam("status")
          String status) {
    Optional<PollStatus> wanted = Optional.ofNullable(status).map(PollStatus::fromWire);
    return polls.inSession(sessionId, wanted).stream().map(PollJson::poll).toList();
  }

  @POST
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a poll",
      description =
          "Opens an audience poll for the next game: among candidates games the picker draws"
              + " (distinct, none played in this session yet, with POST /api/pick's filters and"
              + " weights) or among the game_ids given. It takes ballots until closes_at, then"
              + " closes by itself; one open poll per session. Broadcasts poll.started to the"
              + " session's subscribers that asked for it.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = OpenPollRequest.class),
              examples = {
                @ExampleObject(
                    name = "three short games the picker draws",
                    value =
                        "{\"candidates\": 3, \"duration_seconds\": 60, \"player_count\": 6, \"length\": \"short\"}"),
                @ExampleObject(
                    name = "two games the host names",
                    value = "{\"game_ids\": [31, 44], \"duration_seconds\": 90}")
              }))
  @APIResponse(
      responseCode = "201",
      description = "The open poll; Location names it",
      headers =
          @Header(
              name = "Location",
              description = "The poll's URL",
              schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content =
          @Content(
              schema = @Schema(implementation = PollDetails.class),
              examples =
                  @ExampleObject(
                      name = "a poll among two games",
                      value =
                          "{\"id\": 4, \"session_id\": 17, \"status\": \"open\", \"opened_at\": \"2025-11-01T20:30:00.000Z\", \"closes_at\": \"2025-11-01T20:31:00.000Z\", \"closed_at\": null, \"candidates\": [{\"choice\": 1, \"game\": {\"id\": 31, \"title\": \"Quiplash 3\", \"pack_name\": \"The Jackbox Party Pack 7\"}}, {\"choice\": 2, \"game\": {\"id\": 44, \"title\": \"Drawful 2\", \"pack_name\": \"Drawful 2\"}}], \"counts\": [0, 0], \"winner\": null}")))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description =
          "Neither or both of candidates and game_ids, candidates or duration_seconds out of"
              + " range, filters with game_ids, a repeated game, fewer games fit the filters than"
              + " candidates, a bad filter value or malformed JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      ref = GamePickerApi.NOT_FOUND,
      description = "No such session or game, or no game fits the filters")
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The session is closed or already has an open poll")
  public Response open(OpenPollRequest request) {
    OpenPollRequest body =
        request == null
            ? new OpenPollRequest(null, null, null, null, null, null, null, null, null, null, null)
            : request;
    PollDetails opened = PollJson.poll(polls.open(body.toCommand(sessionId)));
    return Response.created(
            uriInfo.getBaseUriBuilder().path(PollResource.class).path("{id}").build(opened.id()))
        .entity(opened)
        .build();
  }
}
