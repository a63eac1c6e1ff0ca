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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.poll.PollJson.BallotJson;
import org.gamepicker.adapter.rest.poll.PollJson.PollDetails;
import org.gamepicker.application.port.in.poll.CastBallotCommand;
import org.gamepicker.application.port.in.poll.ClosePollCommand;
import org.gamepicker.application.port.in.poll.PollsUseCase;

/** REST: a poll: read it, cast ballots, close it. */
@Path("/polls")
@RequestScoped
@Tag(name = "Polls")
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

  @Inject PollsUseCase polls;

  /** Body of a ballot. */
  @Schema(name = "PollBallotRequest")
  public record BallotRequest(
      @Schema(required = true, example = "alice", maxLength = 100) String username,
      @Schema(required = true, minimum = "1", example = "2", description = "A candidate's choice")
          Integer choice) {}

  /** Body of the close request. */
  @Schema(name = "ClosePollRequest")
  public record CloseRequest(
      @Schema(description = "Start the winner in the session as playing (default false)")
          Boolean play) {}

  @GET
  @Path("/{pollId}")
  @PermitAll
  @Operation(
      summary = "A poll",
      description = "The poll with its candidates, current counts and, once closed, its winner.")
  @APIResponse(
      responseCode = "200",
      description = "The poll",
      content = @Content(schema = @Schema(implementation = PollDetails.class)))
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_POLL)
  public PollDetails get(@Parameter(description = "Poll id") @PathParam("pollId") long pollId) {
    return PollJson.poll(polls.get(pollId));
  }

  @POST
  @Path("/{pollId}/ballots")
  @RolesAllowed({"admin", "votes"})
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Cast a ballot",
      description =
          "For chat bots: counts the user's ballot for a candidate while the poll is open. One"
              + " ballot per user: a later one moves it to the new choice. Durable once answered;"
              + " poll.tally tells the session's subscribers that asked for it the new counts (at"
              + " most one every 250 ms per poll). Needs the admin token or a bot token with the"
              + " votes scope.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = BallotRequest.class),
              examples =
                  @ExampleObject(
                      name = "alice picks choice 2",
                      value = "{\"username\": \"alice\", \"choice\": 2}")))
  @APIResponse(
      responseCode = "200",
      description = "The ballot counted and the counts after it",
      content =
          @Content(
              schema = @Schema(implementation = BallotJson.class),
              examples =
                  @ExampleObject(
                      name = "alice moved from 1 to 2",
                      value =
                          "{\"poll_id\": 4, \"username\": \"alice\", \"choice\": 2, \"previous_choice\": 1, \"counts\": [3, 5]}")))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "Blank username, choice missing or not a candidate's, or malformed JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_POLL)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The poll is closed or its time is up, or its night has ended")
  public BallotJson cast(
      @Parameter(description = "Poll id") @PathParam("pollId") long pollId, BallotRequest request) {
    BallotRequest body = request == null ? new BallotRequest(null, null) : request;
    return PollJson.ballot(
        polls.cast(new CastBallotCommand(pollId, body.username(), body.choice())));
  }

  @POST
  @Path("/{pollId}/close")
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Close a poll",
      description =
          "Closes the poll now and names its winner: the most ballots; a tie (or no ballot) is"
              + " drawn among the tied candidates with the picker's weights, the same for the"
              + " same poll. With play, the winner starts in the session as POST"
              + " /api/sessions/{id}/games would start it (game.added). Broadcasts poll.ended.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = CloseRequest.class),
              examples = @ExampleObject(name = "close and play", value = "{\"play\": true}")))
  @APIResponse(
      responseCode = "200",
      description = "The closed poll with its winner",
      content = @Content(schema = @Schema(implementation = PollDetails.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "play not true or false, or malformed JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_POLL)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "The poll is already closed, or (with play) its session is")
  public PollDetails close(
      @Parameter(description = "Poll id") @PathParam("pollId") long pollId, CloseRequest request) {
    boolean play = request != null && Boolean.TRUE.equals(request.play());
    return PollJson.poll(polls.close(new ClosePollCommand(pollId, play)).poll());
  }
}
