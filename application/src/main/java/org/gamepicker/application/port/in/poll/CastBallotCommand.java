package org.gamepicker.application.port.in.poll;

import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.vote.Vote;

/** Command: a user's ballot for a choice of a poll. */
public record CastBallotCommand(long pollId, String username, Integer choice) {

  public CastBallotCommand {
    username = Vote.username(username);
    Require.present(choice, "choice");
  }
}
