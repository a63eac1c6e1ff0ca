package org.gamepicker.domain.poll;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a ballot in a chat message: {@code !vote N} (any case) at the start of the message, N the
 * choice number; what follows the number is ignored. Whether the poll has that choice is the poll's
 * rule ({@link Poll#cast}).
 */
public final class ChatBallot {

  private static final Pattern BALLOT =
      Pattern.compile("^!vote\\s+(\\d{1,3})(?!\\d)", Pattern.CASE_INSENSITIVE);

  private ChatBallot() {}

  /** The choice the message votes for, if it is a ballot. */
  public static OptionalInt in(String message) {
    if (message == null) {
      return OptionalInt.empty();
    }
    Matcher matcher = BALLOT.matcher(message.strip());
    return matcher.find()
        ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
        : OptionalInt.empty();
  }
}
