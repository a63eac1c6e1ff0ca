package org.gamepicker.adapter.irc;

import java.nio.charset.StandardCharsets;

/**
 * The lines the adapter sends, each one line of at most {@link #MAX_TEXT_BYTES} bytes of text: a
 * message's line breaks and control characters become spaces (no text can smuggle in a second
 * command), and an over-long text is cut at a character boundary with "…".
 */
final class IrcLines {

  /**
   * Bytes of text in a PRIVMSG: IRC allows 512 per line including the command, the channel and the
   * source the server prepends when relaying; Twitch takes 500 characters. 400 leaves room for
   * both.
   */
  static final int MAX_TEXT_BYTES = 400;

  private static final String CUT = "…";

  private IrcLines() {}

  static String privmsg(String channel, String text) {
    return "PRIVMSG " + channel + " :" + fit(oneLine(text));
  }

  static String pong(String token) {
    return "PONG :" + oneLine(token);
  }

  static String ping(String token) {
    return "PING :" + token;
  }

  static String join(String channel) {
    return "JOIN " + channel;
  }

  static String pass(String password) {
    return "PASS " + oneLine(password);
  }

  static String nick(String nick) {
    return "NICK " + nick;
  }

  static String user(String nick) {
    return "USER " + nick + " 0 * :Game Picker";
  }

  /** Asks for Twitch's tags (display names); other networks answer NAK and go on. */
  static String capabilityRequest() {
    return "CAP REQ :twitch.tv/tags";
  }

  static String capabilityEnd() {
    return "CAP END";
  }

  static String quit() {
    return "QUIT :Game Picker stopping";
  }

  private static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return line.toString();
  }

  private static String fit(String text) {
    if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
      return text;
    }
    int limit = MAX_TEXT_BYTES - CUT.getBytes(StandardCharsets.UTF_8).length;
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > limit) {
        break;
      }
      bytes += size;
      end += Character.charCount(c);
    }
    return text.substring(0, end) + CUT;
  }
}
