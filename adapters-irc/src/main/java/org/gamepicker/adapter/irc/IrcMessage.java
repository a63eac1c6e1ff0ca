package org.gamepicker.adapter.irc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One IRC protocol message as a server sends it (RFC 1459 with IRCv3 message tags): {@code [@tags]
 * [:source] COMMAND [params] [:trailing]}, e.g. Twitch's {@code @display-name=Alice;...
 * :alice!alice@alice.tmi.twitch.tv PRIVMSG #night :thisgame++}. Tag values are unescaped; a tag
 * without a value has the empty string.
 */
record IrcMessage(Map<String, String> tags, String source, String command, List<String> params) {

  IrcMessage {
    tags = Map.copyOf(tags);
    params = List.copyOf(params);
  }

  /** Parses a line (without its CR LF); IllegalArgumentException when it holds no command. */
  static IrcMessage parse(String line) {
    Cursor cursor = new Cursor(line);
    Map<String, String> tags = cursor.skipIf('@') ? tags(cursor.word()) : Map.of();
    String source = cursor.skipIf(':') ? cursor.word() : null;
    String command = cursor.word();
    if (command.isEmpty()) {
      throw new IllegalArgumentException("No command in IRC line: " + line);
    }
    List<String> params = new ArrayList<>();
    while (!cursor.atEnd()) {
      params.add(cursor.skipIf(':') ? cursor.rest() : cursor.word());
    }
    return new IrcMessage(tags, source, command.toUpperCase(java.util.Locale.ROOT), params);
  }

  /** The nick of the source ({@code nick!user@host}), if the source is a user. */
  Optional<String> nick() {
    if (source == null || source.isEmpty()) {
      return Optional.empty();
    }
    int bang = source.indexOf('!');
    return Optional.of(bang < 0 ? source : source.substring(0, bang));
  }

  /** The parameter at this position, or the empty string when there are fewer. */
  String param(int index) {
    return index < params.size() ? params.get(index) : "";
  }

  /** The last parameter (a PRIVMSG's text), or the empty string. */
  String trailing() {
    return params.isEmpty() ? "" : params.get(params.size() - 1);
  }

  /** A tag's value when the tag is there and not empty. */
  Optional<String> tag(String name) {
    return Optional.ofNullable(tags.get(name)).filter(value -> !value.isEmpty());
  }

  private static Map<String, String> tags(String text) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String tag : text.split(";")) {
      if (tag.isEmpty()) {
        continue;
      }
      int equals = tag.indexOf('=');
      if (equals < 0) {
        tags.put(tag, "");
      } else {
        tags.put(tag.substring(0, equals), unescape(tag.substring(equals + 1)));
      }
    }
    return tags;
  }

  /**
   * IRCv3's tag value escapes: {@code \:} ; {@code \s} space, {@code \\}, {@code \r}, {@code \n}.
   */
  static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        text.append(c);
      } else if (i + 1 < value.length()) {
        char escaped = value.charAt(++i);
        text.append(
            switch (escaped) {
              case ':' -> ';';
              case 's' -> ' ';
              case 'r' -> '\r';
              case 'n' -> '\n';
              default -> escaped; // "\\" and any other character stand for themselves
            });
      } // a lone backslash at the end is dropped
    }
    return text.toString();
  }

  /** Reads a line word by word, skipping the spaces between words. */
  private static final class Cursor {
    private final String line;
    private int at;

    Cursor(String line) {
      this.line = line;
      skipSpaces();
    }

    boolean atEnd() {
      return at >= line.length();
    }

    boolean skipIf(char c) {
      if (!atEnd() && line.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    String word() {
      int end = line.indexOf(' ', at);
      String word = end < 0 ? line.substring(at) : line.substring(at, end);
      at = end < 0 ? line.length() : end;
      skipSpaces();
      return word;
    }

    String rest() {
      String rest = line.substring(at);
      at = line.length();
      return rest;
    }

    private void skipSpaces() {
      while (!atEnd() && line.charAt(at) == ' ') {
        at++;
      }
    }
  }
}
