package org.gamepicker.adapter.rest.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gamepicker.adapter.rest.GamePickerApi;
import org.gamepicker.adapter.rest.error.Problem;
import org.gamepicker.adapter.rest.session.SessionJson.SessionGameJson;
import org.gamepicker.adapter.rest.session.SessionJson.SessionSummary;
import org.gamepicker.adapter.rest.vote.VoteJson;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.in.vote.ListVotesUseCase;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteType;

/** REST: exports a whole session as JSON or as a readable text summary. */
@Path("/sessions/{id}/export")
@RequestScoped
@Tag(name = "Sessions")
public class SessionExportResource {

  @Inject SessionQueryUseCase query;
  @Inject ListVotesUseCase votes;

  /** The JSON export: the session, its games in play order and its votes. */
  @JsonbPropertyOrder({"session", "games", "votes"})
  public record SessionExport(
      SessionSummary session,
      List<SessionGameJson> games,
      @Schema(description = "The session's counted votes, oldest first") List<VoteJson> votes) {}

  @GET
  @RolesAllowed("admin")
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Operation(
      summary = "Export a session",
      description =
          "The session with its games and votes as JSON, or with format=txt a readable plain-text"
              + " summary.")
  @APIResponse(
      responseCode = "200",
      description = "The export",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionExport.class)),
        @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class))
      })
  @APIResponse(
      responseCode = "400",
      description = "Unknown format",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  public Response export(
      @Parameter(description = "Session id") @PathParam("id") long id,
      @Parameter(description = "json (default) or txt") @QueryParam("format") String format) {
    String chosen = format == null || format.isBlank() ? "json" : format.strip();
    if (!chosen.equals("json") && !chosen.equals("txt")) {
      throw new InvalidValueException("format", "format must be json or txt");
    }
    SessionView session = query.get(id);
    List<Vote> sessionVotes = votes.ofSession(id);
    String fileName = "session-" + id + "." + chosen;
    Response.ResponseBuilder response =
        chosen.equals("txt")
            ? Response.ok(
                text(session, sessionVotes), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
            : Response.ok(
                new SessionExport(
                    SessionJson.summary(session),
                    session.games().stream().map(SessionJson::game).toList(),
                    sessionVotes.stream().map(VoteJson::of).toList()),
                MediaType.APPLICATION_JSON_TYPE);
    return response
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }

  private static String text(SessionView session, List<Vote> sessionVotes) {
    StringBuilder out = new StringBuilder();
    out.append("Game night #").append(session.id()).append('\n');
    if (session.notes() != null) {
      out.append("Notes: ").append(session.notes()).append('\n');
    }
    out.append("Started: ").append(WireTime.format(session.createdAt())).append('\n');
    out.append("Ended: ")
        .append(session.active() ? "still active" : WireTime.format(session.closedAt()))
        .append('\n');
    out.append("Games played: ").append(session.gamesPlayed()).append("\n\n");
    int number = 1;
    for (SessionGameView game : session.games()) {
      out.append(number++)
          .append(". ")
          .append(game.title())
          .append(" (")
          .append(game.packName())
          .append(") - ")
          .append(game.status())
          .append(", started ")
          .append(WireTime.format(game.playedAt()));
      if (game.roomCode() != null) {
        out.append(", room ").append(game.roomCode());
      }
      if (game.playerCount() != null) {
        out.append(", ").append(game.playerCount()).append(" players");
      }
      if (game.manuallyAdded()) {
        out.append(", added by hand");
      }
      out.append(", votes +")
          .append(game.upvotes())
          .append(" / -")
          .append(game.downvotes())
          .append('\n');
    }
    appendVotes(out, session, sessionVotes);
    return out.toString();
  }

  private static void appendVotes(StringBuilder out, SessionView session, List<Vote> sessionVotes) {
    Map<Long, String> titles = new HashMap<>();
    session.games().forEach(g -> titles.put(g.id(), g.title()));
    out.append("\nVotes: ").append(sessionVotes.size()).append('\n');
    for (Vote vote : sessionVotes) {
      out.append(WireTime.format(vote.votedAt()))
          .append(' ')
          .append(vote.username())
          .append(' ')
          .append(vote.type() == VoteType.UP ? "thisgame++" : "thisgame--")
          .append(" (")
          .append(titles.getOrDefault(vote.sessionGameId(), "game " + vote.gameId()))
          .append(")\n");
    }
  }
}
