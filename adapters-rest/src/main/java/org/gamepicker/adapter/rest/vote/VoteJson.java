package org.gamepicker.adapter.rest.vote;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.vote.Vote;

/** A counted vote as the API shows it. */
@JsonbPropertyOrder({
  "id",
  "session_id",
  "session_game_id",
  "game_id",
  "username",
  "vote",
  "timestamp"
})
@Schema(name = "Vote", description = "A user's counted vote on one play of a game in a session")
public record VoteJson(
    long id,
    long session_id,
    @Schema(description = "The session game (play) voted on") long session_game_id,
    @Schema(description = "The catalog game") long game_id,
    String username,
    @Schema(enumeration = {"up", "down"}) String vote,
    @Schema(description = "When the vote was cast", example = "2025-11-01T20:05:00.123Z")
        String timestamp) {

  public static VoteJson of(Vote vote) {
    return new VoteJson(
        vote.id() == null ? 0 : vote.id(),
        vote.sessionId(),
        vote.sessionGameId(),
        vote.gameId(),
        vote.username(),
        vote.type().wireName(),
        WireTime.format(vote.votedAt()));
  }
}
