package org.gamepicker.domain.vote;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a vote in a chat message: {@code thisgame++} (up) or {@code thisgame--} (down) anywhere in
 * it, in any case. When a message holds several, the last one counts (the chatter's final word:
 * "thisgame++ no wait, thisgame--" is a down vote).
 */
public final class ChatVote {

  private static final Pattern VOTE =
      Pattern.compile("thisgame(\\+\\+|--)", Pattern.CASE_INSENSITIVE);

  private ChatVote() {}

  /** The vote the message casts, if any. */
  public static Optional<VoteType> in(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher matcher = VOTE.matcher(message);
    VoteType last = null;
    while (matcher.find()) {
      last = matcher.group(1).equals("++") ? VoteType.UP : VoteType.DOWN;
    }
    return Optional.ofNullable(last);
  }
}
