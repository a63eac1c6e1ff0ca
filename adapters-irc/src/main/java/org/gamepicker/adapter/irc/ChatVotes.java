package org.gamepicker.adapter.irc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.vote.ChatVote;

/**
 * Reads a vote in a channel message, by the domain's rule ({@link ChatVote}: {@code thisgame++} or
 * {@code thisgame--}, the last one counting): the voter is the sender's Twitch {@code display-name}
 * where the server sends it, else the nick; the vote's time is when it arrived.
 */
final class ChatVotes {

  private ChatVotes() {}

  /** The vote the message casts, if it is one (and its voter a valid username). */
  static Optional<CastVoteCommand> in(IrcMessage message, Instant receivedAt) {
    Optional<String> voter = voter(message);
    if (voter.isEmpty()) {
      return Optional.empty();
    }
    return ChatVote.in(message.trailing())
        .flatMap(
            vote -> {
              try {
                return Optional.of(
                    new CastVoteCommand(
                        voter.get(), vote, receivedAt.truncatedTo(ChronoUnit.MILLIS)));
              } catch (DomainException invalidVoter) {
                return Optional.empty();
              }
            });
  }

  /** Who sent the message: Twitch's {@code display-name} tag where present, else the nick. */
  static Optional<String> voter(IrcMessage message) {
    return message.tag("display-name").or(message::nick);
  }
}
