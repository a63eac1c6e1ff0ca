package org.gamepicker.application.port.in.vote;

import java.time.Instant;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteType;

/** Command: a live vote from a chat bot; {@code timestamp} null means now. */
public record CastVoteCommand(String username, VoteType vote, Instant timestamp) {

  public CastVoteCommand {
    username = Vote.username(username);
    Require.present(vote, "vote");
  }

  /** The command from the wire values: "up"/"down" and an ISO 8601 timestamp or null. */
  public static CastVoteCommand of(String username, String vote, String timestamp) {
    return new CastVoteCommand(
        username,
        VoteType.fromWire(vote),
        timestamp == null ? null : WireTime.parse("timestamp", timestamp));
  }
}
