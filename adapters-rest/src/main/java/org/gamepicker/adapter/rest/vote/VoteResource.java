package org.gamepicker.adapter.rest.vote;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
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
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteResult;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;
import org.gamepicker.application.port.in.vote.ListVotesUseCase;
import org.gamepicker.application.port.out.VoteRepository.VoteFilter;
import org.gamepicker.application.port.out.VoteRepository.VotePage;
import org.gamepicker.domain.common.InvalidValueException;

/** REST: live votes from chat bots, and the list of votes. */
@Path("/votes")
@RequestScoped
@Tag(name = "Votes", description = "The audience's thisgame++ / thisgame-- votes")
@Produces(MediaType.APPLICATION_JSON)
public class VoteResource {

  /** Default page size of the vote list. */
  static final int DEFAULT_LIMIT = 50;

  @Inject CastVoteUseCase castVote;
  @Inject ListVotesUseCase listVotes;

  /** Body of a live vote. */
  @Schema(name = "LiveVoteRequest")
  public record LiveVoteRequest(
      @Schema(required = true, example = "alice", maxLength = 100) String username,
      @Schema(
              required = true,
              enumeration = {"up", "down"})
          String vote,
      @Schema(
              description =
                  "When the vote was cast, ISO 8601 with a zone; now when absent; at most 5 s in"
                      + " the future",
              example = "2025-11-01T20:05:00.123Z")
          String timestamp) {}

  /** A catalog game's vote totals over all sessions. */
  @JsonbPropertyOrder({"id", "title", "upvotes", "downvotes", "popularity_score"})
  @Schema(name = "GameVoteTotals")
  public record GameTotals(
      long id,
      String title,
      int upvotes,
      int downvotes,
      @Schema(description = "upvotes - downvotes") int popularity_score) {}

  /** One session game's own vote counts. */
  @JsonbPropertyOrder({"id", "upvotes", "downvotes"})
  @Schema(name = "SessionGameVoteCounts")
  public record SessionGameCounts(long id, int upvotes, int downvotes) {}

  /** Response of a live vote. */
  @JsonbPropertyOrder({"outcome", "vote", "game", "session_game"})
  @Schema(name = "LiveVoteResult")
  public record LiveVoteResponse(
      @Schema(
              enumeration = {"counted", "switched"},
              description =
                  "counted: the user's first vote on this play; switched: it changed side")
          String outcome,
      VoteJson vote,
      @Schema(description = "The catalog game's new totals over all sessions") GameTotals game,
      @Schema(description = "The session game's own new counts") SessionGameCounts session_game) {}

  /** One page of votes. */
  @JsonbPropertyOrder({"votes", "total", "limit", "offset"})
  @Schema(name = "VotePage")
  public record VotePageJson(
      List<VoteJson> votes,
      @Schema(description = "How many votes match the filters in all") long total,
      int limit,
      long offset) {}

  @POST
  @Path("/live")
  @RolesAllowed({"admin", "votes"})
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Count a live vote",
      description =
          "For chat bots: the vote goes to the game that was playing in the active session at"
              + " timestamp (now when absent). One counted vote per user per session game: the"
              + " opposite vote switches it (when it is later), the same vote again is a 409."
              + " Broadcasts vote.received to the session's subscribers."
              + " Needs the admin token or a bot token with the votes scope.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = LiveVoteRequest.class),
              examples =
                  @ExampleObject(
                      name = "thisgame++ from alice",
                      value =
                          "{\"username\": \"alice\", \"vote\": \"up\", \"timestamp\": \"2025-11-01T20:07:40.000Z\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The vote counted (or switched) and the new totals",
      content =
          @Content(
              schema = @Schema(implementation = LiveVoteResponse.class),
              examples =
                  @ExampleObject(
                      name = "an upvote counted",
                      value =
                          "{\"outcome\": \"counted\", \"vote\": {\"id\": 7, \"session_id\": 17, \"session_game_id\": 52, \"game_id\": 31, \"username\": \"alice\", \"vote\": \"up\", \"timestamp\": \"2025-11-01T20:07:40.000Z\"}, \"game\": {\"id\": 31, \"title\": \"Quiplash 3\", \"upvotes\": 5, \"downvotes\": 1, \"popularity_score\": 4}, \"session_game\": {\"id\": 52, \"upvotes\": 3, \"downvotes\": 0}}")))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description =
          "Bad vote value, blank username, malformed or future timestamp, or malformed JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(
      responseCode = "404",
      ref = GamePickerApi.NOT_FOUND,
      description = "No active session, or no game was playing at timestamp")
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description =
          "The user already cast this vote on this game in this session, or a later vote of"
              + " theirs already counts")
  public LiveVoteResponse live(LiveVoteRequest request) {
    LiveVoteRequest body = request == null ? new LiveVoteRequest(null, null, null) : request;
    CastVoteResult result =
        castVote.cast(CastVoteCommand.of(body.username(), body.vote(), body.timestamp()));
    return new LiveVoteResponse(
        result.outcome().name().toLowerCase(Locale.ROOT),
        VoteJson.of(result.vote()),
        new GameTotals(
            result.vote().gameId(),
            result.gameTitle(),
            result.gameTotals().upvotes(),
            result.gameTotals().downvotes(),
            result.gameTotals().popularityScore()),
        new SessionGameCounts(
            result.vote().sessionGameId(),
            result.sessionGameTally().upvotes(),
            result.sessionGameTally().downvotes()));
  }

  @GET
  @PermitAll
  @Operation(
      summary = "List votes",
      description =
          "Counted votes, newest first, optionally filtered; paginated with limit (1-500, default"
              + " 50) and offset (default 0); total says how many match.")
  @APIResponse(
      responseCode = "200",
      description = "One page of votes",
      content = @Content(schema = @Schema(implementation = VotePageJson.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "A filter or paging value is not a valid number or out of range")
  public VotePageJson list(
      @Parameter(description = "Only votes of this session") @QueryParam("session_id")
          String sessionId,
      @Parameter(description = "Only votes on this catalog game") @QueryParam("game_id")
          String gameId,
      @Parameter(description = "Only votes of this user (exact name)") @QueryParam("username")
          String username,
      @Parameter(description = "Page size, 1-500 (default 50)") @QueryParam("limit") String limit,
      @Parameter(description = "Votes to skip (default 0)") @QueryParam("offset") String offset) {
    int pageSize = limit == null ? DEFAULT_LIMIT : (int) number("limit", limit);
    long skip = offset == null ? 0 : number("offset", offset);
    VoteFilter filter =
        new VoteFilter(
            sessionId == null ? null : number("session_id", sessionId),
            gameId == null ? null : number("game_id", gameId),
            username == null || username.isBlank() ? null : username.strip());
    VotePage page = listVotes.list(filter, pageSize, skip);
    return new VotePageJson(
        page.votes().stream().map(VoteJson::of).toList(), page.total(), pageSize, skip);
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(name, name + " must be a whole number");
    }
  }
}
