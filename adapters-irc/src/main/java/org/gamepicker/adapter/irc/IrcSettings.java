package org.gamepicker.adapter.irc;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and as whom the adapter chats: the server ({@code host:port}, TLS or not), the nick, its
 * password (Twitch's {@code oauth:...} token), the channel, and the network's flood limit. Checked
 * when built: a bad value fails with a message that names the variable and what it expects.
 */
record IrcSettings(
    String host,
    int port,
    boolean tls,
    String nick,
    Optional<String> password,
    String channel,
    int floodMessages,
    Duration floodPeriod) {

  /**
   * RFC 2812's nick characters (letters, digits, {@code -[]\`^{}|_}), not starting with a digit.
   */
  private static final Pattern NICK =
      Pattern.compile("[A-Za-z\\[\\]\\\\`_^{|}][A-Za-z0-9\\[\\]\\\\`_^{|}-]{0,49}");

  /** A channel name: {@code #} or {@code &}, then no space, comma, colon or control character. */
  private static final Pattern CHANNEL = Pattern.compile("[#&][^\\s,:\\x00-\\x1f\\x7f]{1,49}");

  IrcSettings {
    if (!NICK.matcher(nick).matches()) {
      throw new IllegalArgumentException(
          "IRC_NICK must be an IRC nick (letters, digits, -_[]\\`^{}|, not starting with a digit;"
              + " on Twitch the bot account's login name), not '"
              + nick
              + "'");
    }
    if (!CHANNEL.matcher(channel).matches()) {
      throw new IllegalArgumentException(
          "IRC_CHANNEL must be a channel such as #gamenight (on Twitch: # and the streamer's login"
              + " name), not '"
              + channel
              + "'");
    }
    if (password.isPresent() && (password.get().isBlank() || password.get().contains(" "))) {
      throw new IllegalArgumentException("IRC_PASSWORD must not be blank or contain spaces");
    }
    if (floodMessages < 1 || floodPeriod.isNegative() || floodPeriod.isZero()) {
      throw new IllegalArgumentException(
          "IRC_FLOOD_MESSAGES and IRC_FLOOD_SECONDS must be at least 1");
    }
  }

  /**
   * The settings from the environment's values: {@code server} as {@code host:port} (an IPv6
   * address in brackets; without a port, 6697 with TLS and 6667 without); {@code tls} "true" or
   * "false".
   */
  static IrcSettings of(
      String server,
      Optional<String> tls,
      Optional<String> nick,
      Optional<String> password,
      Optional<String> channel,
      int floodMessages,
      int floodSeconds) {
    boolean secure = tls.map(IrcSettings::flag).orElse(true);
    String address = server.strip();
    int colon = address.lastIndexOf(':');
    boolean hasPort = colon > address.lastIndexOf(']');
    String host = hasPort ? address.substring(0, colon) : address;
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = hasPort ? port(address.substring(colon + 1)) : secure ? 6697 : 6667;
    if (host.isBlank() || host.contains(" ") || host.contains("/")) {
      throw new IllegalArgumentException(
          "IRC_SERVER must be host:port, e.g. irc.chat.twitch.tv:6697, not '" + server + "'");
    }
    return new IrcSettings(
        host,
        port,
        secure,
        nick.map(String::strip)
            .orElseThrow(
                () -> new IllegalArgumentException("IRC_NICK must be set when IRC_SERVER is")),
        password.map(String::strip),
        channel
            .map(String::strip)
            .orElseThrow(
                () -> new IllegalArgumentException("IRC_CHANNEL must be set when IRC_SERVER is")),
        floodMessages,
        Duration.ofSeconds(floodSeconds));
  }

  /** "host:port (TLS)" for the log; never the password. */
  String describe() {
    return (host.contains(":") ? "[" + host + "]" : host)
        + ":"
        + port
        + (tls ? " (TLS)" : " (no TLS)")
        + " as "
        + nick
        + " in "
        + channel;
  }

  private static boolean flag(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default ->
          throw new IllegalArgumentException("IRC_TLS must be true or false, not '" + value + "'");
    };
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new IllegalArgumentException(
        "IRC_SERVER's port must be a number from 1 to 65535, not '" + value + "'");
  }
}
