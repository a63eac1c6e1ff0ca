package org.gamepicker.adapter.rest.vote;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
import org.gamepicker.adapter.rest.idempotency.IdempotencyKeyFilter;
import org.gamepicker.application.port.in.vote.ChatImportReport;
import org.gamepicker.application.port.in.vote.ImportChatUseCase;

/** REST: imports a session's chat log and counts the votes in it. */
@Path("/sessions/{id}/chat-import")
@RequestScoped
@Tag(name = "Sessions")
@Produces(MediaType.APPLICATION_JSON)
public class ChatImportResource {

  @Inject ImportChatUseCase importChat;

  /** One chat message. */
  @Schema(name = "ChatMessage")
  public record ChatMessage(
      @Schema(required = true, example = "alice") String username,
      @Schema(required = true, example = "lol thisgame++") String message,
      @Schema(required = true, example = "2025-11-01T20:05:00.123Z") String timestamp) {}

  /** Body of a chat import. */
  @Schema(name = "ChatImportRequest")
  public record ChatImportRequest(
      @Schema(required = true, description = "The messages, in any order")
          List<ChatMessage> chat_data) {}

  /** The change an import made to one session game's counts. */
  @JsonbPropertyOrder({"session_game_id", "game_id", "title", "upvotes", "downvotes"})
  @Schema(name = "ChatImportGameChange")
  public record GameChange(
      long session_game_id,
      long game_id,
      String title,
      @Schema(description = "Change to the play's upvotes (a switch to down counts -1)")
          int upvotes,
      @Schema(description = "Change to the play's downvotes (a switch to up counts -1)")
          int downvotes) {}

  /** Result of a chat import. */
  @JsonbPropertyOrder({
    "messages_imported",
    "votes_found",
    "votes_processed",
    "duplicates_skipped",
    "unmatched_skipped",
    "votes_by_game",
    "ballots_counted",
    "ballots_skipped"
  })
  @Schema(name = "ChatImportResult")
  public record ChatImportResponse(
      @Schema(description = "Messages read (all entries of chat_data)") int messages_imported,
      @Schema(description = "Messages holding thisgame++ or thisgame--") int votes_found,
      @Schema(description = "Votes that counted: a user's first vote on a play, or a switch")
          int votes_processed,
      @Schema(
              description =
                  "Votes already counted: the same vote again, or an opposite vote not later than"
                      + " the user's counted one")
          int duplicates_skipped,
      @Schema(description = "Votes cast when no game of the session was playing")
          int unmatched_skipped,
      @Schema(description = "The plays whose counts this import changed, in play order")
          List<GameChange> votes_by_game,
      @Schema(
              description =
                  "!vote N lines counted in the session's open poll (a user's first ballot there,"
                      + " or a moved one; the latest line per user, sent while the poll was open)")
          int ballots_counted,
      @Schema(
              description =
                  "!vote N lines not counted: no open poll when sent (a closed poll's result is"
                      + " final), a choice outside the poll, the same choice again, or not the"
                      + " user's latest")
          int ballots_skipped) {}

  @POST
  @RolesAllowed({"admin", "votes"})
  @SecurityRequirement(name = GamePickerApi.BEARER)
  @Consumes(MediaType.APPLICATION_JSON)
  @LargeBody
  @Operation(
      extensions =
          @Extension(
              name = IdempotencyKeyFilter.IGNORED,
              value = "an import, safe to send again by itself"),
      summary = "Import a chat log",
      description =
          "Finds thisgame++ / thisgame-- anywhere in each message (any case; when a message holds"
              + " both, its last one counts) and applies the votes in timestamp order, each to"
              + " the game playing in this session at its timestamp, under the live-vote rule"
              + " (one counted vote per user per play; a later opposite vote switches it)."
              + " Importing the same log again changes nothing. All or nothing: a malformed entry"
              + " is reported as chat_data[i].member and nothing is applied. Up to 5 MB (well over"
              + " 10,000 messages). Lines starting with !vote N are ballots in the session's open"
              + " poll (each user's latest sent while it was open). Emits no vote.received events."
              + " Needs the admin token or a bot token with the votes scope.")
  @RequestBody(
      required = true,
      content =
          @Content(
              schema = @Schema(implementation = ChatImportRequest.class),
              examples =
                  @ExampleObject(
                      name = "two votes and a chat line",
                      value =
                          "{\"chat_data\": [{\"username\": \"bob\", \"message\": \"thisgame++ so good\", \"timestamp\": \"2025-11-01T20:07:40.000Z\"}, {\"username\": \"carol\", \"message\": \"meh thisgame--\", \"timestamp\": \"2025-11-01T20:08:02.000Z\"}, {\"username\": \"dave\", \"message\": \"who is winning?\", \"timestamp\": \"2025-11-01T20:08:10.000Z\"}]}")))
  @APIResponse(
      responseCode = "200",
      description = "What the import did",
      content = @Content(schema = @Schema(implementation = ChatImportResponse.class)))
  @APIResponse(
      responseCode = "400",
      ref = GamePickerApi.BAD_REQUEST,
      description = "chat_data missing, malformed entries (each named with its index), or bad JSON")
  @APIResponse(responseCode = "401", ref = GamePickerApi.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = GamePickerApi.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = GamePickerApi.NO_SUCH_SESSION)
  @APIResponse(
      responseCode = "409",
      ref = GamePickerApi.CONFLICT,
      description = "A live vote of the same user on the same play was stored concurrently; retry")
  @APIResponse(
      responseCode = "413",
      ref = GamePickerApi.CONTENT_TOO_LARGE,
      description = "Body over 5 MB")
  public ChatImportResponse importChat(
      @Parameter(description = "Session id") @PathParam("id") long sessionId, InputStream body) {
    ChatImportReport report = importChat.importChat(ChatLogReader.read(sessionId, body));
    return new ChatImportResponse(
        report.messagesImported(),
        report.votesFound(),
        report.votesProcessed(),
        report.duplicatesSkipped(),
        report.unmatchedSkipped(),
        report.byGame().stream()
            .map(
                c ->
                    new GameChange(
                        c.sessionGameId(),
                        c.gameId(),
                        c.title(),
                        c.change().upvotes(),
                        c.change().downvotes()))
            .toList(),
        report.ballotsCounted(),
        report.ballotsSkipped());
  }
}
