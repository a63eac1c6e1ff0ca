package org.gamepicker.domain.event;

import java.time.Instant;
import org.gamepicker.domain.vote.VoteType;

/** A live vote counted for the game playing: who voted what, and the game's totals after it. */
public record VoteReceived(
    long sessionId,
    long gameId,
    String title,
    int upvotes,
    int downvotes,
    String username,
    VoteType vote,
    Instant votedAt,
    Instant occurredAt)
    implements SessionScopedEvent {

  public int popularityScore() {
    return upvotes - downvotes;
  }

  @Override
  public EventType type() {
    return EventType.VOTE_RECEIVED;
  }
}
