package org.gamepicker.domain.poll;

import java.time.Instant;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.vote.Vote;

/** A user's one counted ballot in a poll: the choice they made last, and when. */
public record Ballot(long pollId, String username, int choice, Instant castAt) {

  public Ballot {
    username = Vote.username(username);
    Require.present(castAt, "cast_at");
  }
}
