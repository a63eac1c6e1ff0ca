package org.gamepicker.adapter.irc;

import java.util.Optional;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.poll.ChatBallot;
import org.gamepicker.domain.vote.Vote;

/**
 * Reads a ballot for the open poll in a channel message, by the domain's rule ({@link ChatBallot}:
 * {@code !vote N}); the voter is the same as for {@link ChatVotes} (Twitch's {@code display-name},
 * else the nick), so one viewer has one ballot.
 */
final class ChatBallots {

  /** A viewer's ballot for a choice of whichever poll is open when it is counted. */
  record PendingBallot(String username, int choice) {}

  private ChatBallots() {}

  /** The ballot the message casts, if it is one (and its voter a valid username). */
  static Optional<PendingBallot> in(IrcMessage message) {
    Optional<String> voter = ChatVotes.voter(message);
    var choice = ChatBallot.in(message.trailing());
    if (voter.isEmpty() || choice.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PendingBallot(Vote.username(voter.get()), choice.getAsInt()));
    } catch (DomainException invalidVoter) {
      return Optional.empty();
    }
  }
}
